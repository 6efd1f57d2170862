import NextAuth from "next-auth";
import { authOptions } from "@/server/auth";
import { withThrottleStatus } from "@/server/auth/throttle-response";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

export { handler as GET };

// A locked sign-in answers 429 with Retry-After, which next-auth itself cannot send.
export async function POST(request: Request, context: Context): Promise<Response> {
  return withThrottleStatus(await handler(request, context));
}
