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
        ],
      },
    ];
  },
};

module.exports = nextConfig;
