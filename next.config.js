// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node as-is rather than bundled: Prisma's driver adapter, and the PDF stack (pdfkit
  // resolves its own data files at run time; fontkit is shared by pdfkit and server/export/pdf).
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "bcryptjs", "pdfkit", "fontkit", "docx"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The desk needs none of these powerful features; an injected frame or script gets none.
          // Only features Chromium knows: an unknown one ("bluetooth") is logged as an error on every page.
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()",
          },
        ],
      },
      {
        // Per-user answers, including next-auth's and the health probe's; a route that sets its
        // own Cache-Control (the exports) keeps it. The CSP of pages is set per request (proxy.ts).
        // Not the event streams: they say `no-cache, no-transform` themselves, and `no-store` here
        // would replace it, so Next would gzip the stream and hold events back in its buffer.
        source: "/api/:path((?!events$|articles/[^/]+/events$).*)",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

module.exports = nextConfig;
