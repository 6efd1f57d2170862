import { errorResponse } from "@/server/http/api-route";
import { readJson } from "@/server/http/read-json";
import { resetPassword } from "@/server/users/use-password-reset";

// Public: the reset link's token is the credential, so there is no session to check and no
// cookie for another site's page to ride on.
export async function POST(request: Request): Promise<Response> {
  try {
    await resetPassword(await readJson(request));
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
