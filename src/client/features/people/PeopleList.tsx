import { Center, Loader, Paper, Text } from "@mantine/core";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { PersonView } from "../../../shared/api/network.ts";
import classes from "./PeopleList.module.css";
import { PersonRow } from "./PersonRow.tsx";

type Props = {
  people: PersonView[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
};

/**
 * The people list, virtualised against the page's own scroll: only the rows in view (and a
 * few around them) are in the DOM, so 100,000 people scroll as smoothly as 10. Rows load a
 * page at a time as the end comes into view.
 */
export function PeopleList({ people, hasNextPage, isFetchingNextPage, fetchNextPage }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list starts below the header and filters; the virtualiser needs that offset.
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  });

  const virtualizer = useWindowVirtualizer({
    count: people.length + (hasNextPage ? 1 : 0),
    estimateSize: () => 76,
    overscan: 10,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= people.length - 1 && hasNextPage && !isFetchingNextPage) fetchNextPage();
  }, [lastIndex, people.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  // Arrow keys move between rows (Tab works too). The target row may not be rendered yet:
  // scroll it in, then focus it once it is; keys pressed meanwhile count from the target.
  const pending = useRef<number | null>(null);
  const focusRow = (index: number, tries = 5) => {
    const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
    if (link) {
      link.focus();
      if (pending.current === index) pending.current = null;
    } else if (tries > 0) requestAnimationFrame(() => focusRow(index, tries - 1));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const current = (event.target as HTMLElement).closest<HTMLElement>("[data-index]");
    if (!current) return;
    const from = pending.current ?? Number(current.dataset.index);
    const next = from + (event.key === "ArrowDown" ? 1 : -1);
    event.preventDefault();
    if (next < 0 || next >= people.length) return;
    pending.current = next;
    virtualizer.scrollToIndex(next, { align: "auto" });
    requestAnimationFrame(() => focusRow(next));
  };

  return (
    <Paper withBorder radius="lg" style={{ overflow: "hidden" }}>
      <ul
        ref={listRef}
        className={classes.list}
        style={{ height: virtualizer.getTotalSize() }}
        aria-label="People"
        onKeyDown={onKeyDown}
      >
        {items.map((item) => {
          const person = people[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={classes.item}
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
              aria-setsize={hasNextPage ? -1 : people.length}
              aria-posinset={item.index + 1}
            >
              {person ? (
                <PersonRow person={person} />
              ) : (
                <Center py="md" role="status">
                  <Loader size="sm" aria-hidden="true" />
                  <Text fz="sm" c="dimmed" ml="sm">
                    Loading more people…
                  </Text>
                </Center>
              )}
            </li>
          );
        })}
      </ul>
    </Paper>
  );
}
