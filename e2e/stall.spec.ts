import { test, expect } from "@/e2e/fixtures/test";
import { worstTextBodies } from "@/lib/article/testing/worst-bodies";
import { largeDocxBody } from "@/server/articles/import/testing/large-docx";

// Issue 9.1: no article body may stall the server. The worst bodies we know are posted at once,
// and /api/health is probed one request after another until every post has answered. Parsing runs
// on worker threads, so the probes keep being answered while the posts are pending; when parsing
// blocked the event loop, a probe could only slip in between two posts. The 200 ms p99 target
// belongs to `npm run bench`, not here.
type Created = { article?: { contentText: string }; error?: { fields?: { body?: string[] } } };

test("the worst article bodies never stall the server, and each is stored with its text", async ({
  page,
  signedInAs,
}) => {
  test.setTimeout(240_000);
  await signedInAs("CHECKER");
  const api = page.request;
  const bodies = [...worstTextBodies(), await largeDocxBody(6000)];

  let pending = bodies.length;
  const posts = bodies.map(async (worst) => {
    const response = await api.post("/api/articles", {
      data: { title: `Stall: ${worst.name}`, format: worst.format, body: worst.body },
      timeout: 200_000,
    });
    pending -= 1;
    return { worst, status: response.status(), json: (await response.json()) as Created };
  });

  const probes: { status: number; postsPending: number }[] = [];
  while (pending > 0) {
    const probe = await api.get("/api/health");
    probes.push({ status: probe.status(), postsPending: pending });
  }
  const results = await Promise.all(posts);

  for (const { worst, status, json } of results) {
    expect(status, worst.name).not.toBe(500);
    if (status === 422) {
      expect(json.error?.fields?.body?.[0], worst.name).toMatch(/too complex/);
    } else {
      expect(status, worst.name).toBe(201);
      expect(json.article?.contentText, worst.name).toContain(worst.keeps);
    }
  }
  expect(probes.filter((probe) => probe.status !== 200)).toEqual([]);
  expect(probes.filter((probe) => probe.postsPending > 0).length).toBeGreaterThanOrEqual(20);
});
