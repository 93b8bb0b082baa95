import { useMantineTheme } from "@mantine/core";
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { FunnelStage } from "./stages.ts";

/**
 * The stages as horizontal bars, widest first. Decorative: the same numbers are listed
 * beside it as text for screen readers and for copying.
 */
export function FunnelChart({ stages }: { stages: FunnelStage[] }) {
  const theme = useMantineTheme();
  const shades = [8, 7, 6, 5].map((s) => theme.colors.sea?.[s] ?? theme.colors.teal[s]!);
  return (
    <div aria-hidden="true" style={{ width: "100%", height: 48 * stages.length + 16 }}>
      <ResponsiveContainer>
        <BarChart
          data={stages}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ top: 4, right: 48, bottom: 4, left: 4 }}
        >
          <XAxis type="number" hide allowDecimals={false} />
          <YAxis
            type="category"
            dataKey="label"
            width={190}
            tickLine={false}
            axisLine={false}
            tick={{ fontSize: 13, fill: "var(--mantine-color-text)" }}
          />
          <Bar dataKey="value" radius={[0, 6, 6, 0]} isAnimationActive={false} minPointSize={3}>
            {stages.map((s, i) => (
              <Cell key={s.key} fill={shades[i % shades.length]} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              style={{ fontSize: 13, fontWeight: 600, fill: "var(--mantine-color-text)" }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
