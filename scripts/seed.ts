// `npm run db:seed`: adds the demo accounts and article to the database in DATABASE_URL, if empty.
import { seedDemoData } from "@/prisma/seed/demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. `npm run dev` seeds the embedded database by itself; see README.md.");
  process.exit(1);
}
seedDemoData(url).then(
  ({ created }) =>
    console.log(
      created ? "Seeded demo accounts and the demo article." : "The database already has users; nothing seeded.",
    ),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
