import { connection } from "next/server";

/** Rendered on every request, as the UI's pages are. */
export default async function Page() {
  await connection();
  return <p>hello</p>;
}
