import { NotFoundView } from "@/components/page/not-found-view";

export default function NotFound() {
  return <NotFoundView />;
}
