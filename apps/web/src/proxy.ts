import { type NextRequest, NextResponse } from "next/server";
import { API_CSP, createNonce, pageCsp } from "./lib/csp";

/** Sets a per-request Content-Security-Policy; Next reads the nonce from it and puts it on its own scripts. */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CSP);
    return response;
  }
  const nonce = createNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// favicon.ico is not excluded: there is none, and its 404 page needs the policy like any page.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg).*)" }],
};
