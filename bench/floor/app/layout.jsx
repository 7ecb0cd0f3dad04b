// The floor of `npm run bench`: the smallest App Router app, on the same next and
// react as the UI (it builds from the repository's node_modules). Not part of the
// UI, its build or its package.
export const metadata = { title: "floor" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
