import type { ReactNode } from "react";
import { Link } from "react-router";
import classes from "./RowLink.module.css";

type Props = {
  to: string;
  children: ReactNode;
  /** A line under the row, for rows stacked in a bordered list. */
  divided?: boolean;
};

/** A list row that opens a page: one link, reachable by Tab and opened by Enter. */
export function RowLink({ to, children, divided = true }: Props) {
  return (
    <Link to={to} className={divided ? `${classes.row} ${classes.divided}` : classes.row}>
      {children}
    </Link>
  );
}
