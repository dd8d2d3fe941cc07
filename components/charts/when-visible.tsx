"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children only once the box scrolls near the viewport, so a chart's code (loaded with
 * next/dynamic) is fetched where the chart is seen, not with the page. The table alternative sits beside it.
 */
export function WhenVisible({ children, className, placeholder }: { children: ReactNode; className: string; placeholder: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = box.current;
    if (!node || visible) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    }, { rootMargin: "200px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={box} className={className}>
      {visible ? children : <p className="grid h-full place-items-center text-sm text-slate-500">{placeholder}</p>}
    </div>
  );
}
