import { apiRoute, json } from "@/server/http/api-route";
import { myWork } from "@/server/claims/my-work";

export const GET = apiRoute(async (_request, { actor }) => json(await myWork(actor)));
