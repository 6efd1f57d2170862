import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { requireUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { fieldErrorsFromZod } from "@/server/http/field-errors";

type Params = Record<string, string>;
type Context<P extends Params> = { params: Promise<P> };
type Handler<P extends Params> = (request: Request, ctx: { actor: Actor; params: P }) => Promise<Response>;

/**
 * Every authenticated JSON route goes through here: it loads the user (401 without a session),
 * and turns errors into `{ error: { code, message, fields? } }` with the status the code names.
 */
export function apiRoute<P extends Params = Params>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const actor = await requireUser();
      return await handler(request, { actor, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, fields: error.fields, ...error.details } };
    return NextResponse.json(body, { status: error.status });
  }
  if (error instanceof ZodError) {
    const fields = fieldErrorsFromZod(error);
    return NextResponse.json(
      { error: { code: "VALIDATION", message: "Some fields need attention.", fields } },
      { status: 400 },
    );
  }
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved; please try again." } },
    { status: 500 },
  );
}

export function json(body: unknown, status = 200): Response {
  return NextResponse.json(body, { status });
}
