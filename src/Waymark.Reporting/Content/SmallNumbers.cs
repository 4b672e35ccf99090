using Waymark.Disclosure;

namespace Waymark.Reporting.Content;

/// <summary>
/// The one step every table of counts of people passes through before the public or a councillor reads it: the
/// small-number rules of <see cref="SmallNumberRules"/> applied to a <see cref="ReportTable"/> marked with its
/// <see cref="ReportTable.PeopleCounts"/>, each suppressed cell painted as <c>c</c> with its reason.
/// </summary>
public static class SmallNumbers
{
    /// <summary>
    /// <paramref name="table"/> as <paramref name="report"/>'s readers may see it: unchanged when it holds no counts of
    /// people or the report is for officers who may see the values (<see cref="BoardReport.ShowsSmallNumbers"/>),
    /// otherwise protected at the council's threshold.
    /// </summary>
    public static ReportTable ForReaders(BoardReport report, ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        return report.ShowsSmallNumbers ? table : Protect(table, report.SmallNumberThreshold);
    }

    /// <summary><paramref name="table"/> with every cell the rules suppress at <paramref name="threshold"/> shown as <c>c</c>; a table with no <see cref="ReportTable.PeopleCounts"/> is returned as it is.</summary>
    public static ReportTable Protect(ReportTable table, SmallNumberThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.PeopleCounts is not { } shape || table.Rows.Count == 0)
        {
            return table;
        }

        int bodyRows = shape.TotalRow ? table.Rows.Count - 1 : table.Rows.Count;
        int columns = table.Columns.Count;
        List<int> bodyColumns = [.. Enumerable.Range(0, columns).Where(c => c != shape.TotalColumn)];
        var ratios = (shape.Ratios ?? []).ToDictionary(r => r.Column);

        long? CountAt(int row, int column) =>
            table.Rows[row][column].Number is { } n && n.Value >= 0 && decimal.Truncate(n.Value) == n.Value ? (long)n.Value : null;

        DisclosureCell CellAt(int row, int column)
        {
            if (shape.CountColumns.Contains(column) && CountAt(row, column) is { } count)
            {
                return DisclosureCell.OfCount(count);
            }

            if (ratios.TryGetValue(column, out RatioColumn? ratio) && table.Rows[row][column].Number is not null
                && CountAt(row, ratio.NumeratorColumn) is { } numerator && CountAt(row, ratio.DenominatorColumn) is { } denominator)
            {
                return DisclosureCell.OfRatio(
                    numerator,
                    denominator,
                    Position(row, ratio.NumeratorColumn),
                    Position(row, ratio.DenominatorColumn));
            }

            return DisclosureCell.Other;
        }

        CellPosition? Position(int row, int column) => row < bodyRows && bodyColumns.IndexOf(column) is var c and >= 0 ? new CellPosition(row, c) : null;

        // The totals row's own cells (a total of counts, or a rate of totals) are decided as a row of their own below.
        var disclosure = new DisclosureTable(
            [.. Enumerable.Range(0, bodyRows).Select(r => (IReadOnlyList<DisclosureCell>)[.. bodyColumns.Select(c => CellAt(r, c))])],
            shape.TotalColumn is int tc ? [.. Enumerable.Range(0, bodyRows).Select(r => CountAt(r, tc))] : null,
            shape.TotalRow ? [.. bodyColumns.Select(c => shape.CountColumns.Contains(c) ? CountAt(bodyRows, c) : null)] : null);
        TableDisclosure decided = SmallNumberRules.Suppress(disclosure, threshold);

        ReportCell Shown(ReportCell cell, CellDisclosure decision) =>
            decision.Reason is { } reason ? ReportCell.Suppressed(DisclosureText.Reason(reason, threshold)) : cell;

        var rows = new List<IReadOnlyList<ReportCell>>();
        for (int r = 0; r < bodyRows; r++)
        {
            int row = r;
            rows.Add([.. Enumerable.Range(0, columns).Select(c => c == shape.TotalColumn
                ? Shown(table.Rows[row][c], decided.RowTotals[row])
                : Shown(table.Rows[row][c], decided[row, bodyColumns.IndexOf(c)]))]);
        }

        if (shape.TotalRow)
        {
            // The totals row's rates are worked out from its totals, so they go with them.
            IReadOnlyList<ReportCell> totals = table.Rows[bodyRows];
            rows.Add([.. Enumerable.Range(0, columns).Select(c =>
            {
                if (bodyColumns.IndexOf(c) is var i and >= 0 && shape.CountColumns.Contains(c))
                {
                    return Shown(totals[c], decided.ColumnTotals[i]);
                }

                if (ratios.TryGetValue(c, out RatioColumn? ratio) && totals[c].Number is not null
                    && (Hidden(ratio.NumeratorColumn) || Hidden(ratio.DenominatorColumn)))
                {
                    return ReportCell.Suppressed(DisclosureText.Reason(SuppressionReason.FromSuppressedCount, threshold));
                }

                return c == shape.TotalColumn && CountAt(bodyRows, c) is { } grand && threshold.Hides(grand)
                    ? ReportCell.Suppressed(DisclosureText.Reason(SuppressionReason.SmallCount, threshold))
                    : totals[c];
            })]);

            bool Hidden(int column) =>
                (bodyColumns.IndexOf(column) is var i and >= 0 && decided.ColumnTotals[i].Suppressed)
                || (CountAt(bodyRows, column) is { } n && threshold.Hides(n));
        }

        return table with { Rows = rows };
    }
}
