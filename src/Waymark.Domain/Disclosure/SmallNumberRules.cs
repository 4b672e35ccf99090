namespace Waymark.Disclosure;

/// <summary>
/// Which cells of a published table are shown as <c>c</c>, by the rules of DfE's statistics guidance on suppression
/// (Explore education statistics, "Suppression of data") and the GSS's disclosure control guidance for tables:
/// <list type="number">
/// <item>Primary: a count (or a shown total) from 1 to the threshold is suppressed. Zero is shown as 0, never suppressed.</item>
/// <item>Secondary: a row or column with a shown total and exactly one suppressed figure would let a reader subtract the
/// others from the total, so the next smallest count above zero in that line is suppressed too (the first of equal
/// ones); when the line has no such count, its total is. This repeats over rows and columns until nothing changes.</item>
/// <item>A percentage or rate is suppressed when its numerator or denominator is a count from 1 to the threshold, or is
/// a cell of the table that is suppressed.</item>
/// </list>
/// A row or column without a shown total gives no sum to subtract from, so it needs no secondary suppression.
/// </summary>
public static class SmallNumberRules
{
    /// <summary>Decides every cell and total of <paramref name="table"/> under <paramref name="threshold"/>.</summary>
    public static TableDisclosure Suppress(DisclosureTable table, SmallNumberThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.RowCount;
        int columns = table.ColumnCount;
        var cells = new SuppressionReason?[rows, columns];
        var rowTotals = new SuppressionReason?[rows];
        var columnTotals = new SuppressionReason?[columns];

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                DisclosureCell cell = table.Cells[r][c];
                if (cell.Kind == DisclosureCellKind.Count && threshold.Hides(cell.Count))
                {
                    cells[r, c] = SuppressionReason.SmallCount;
                }
            }

            if (table.RowTotals[r] is { } total && threshold.Hides(total))
            {
                rowTotals[r] = SuppressionReason.SmallCount;
            }
        }

        for (int c = 0; c < columns; c++)
        {
            if (table.ColumnTotals[c] is { } total && threshold.Hides(total))
            {
                columnTotals[c] = SuppressionReason.SmallCount;
            }
        }

        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int r = 0; r < rows; r++)
            {
                if (table.RowTotals[r] is not null)
                {
                    int row = r;
                    changed |= Protect(columns, c => table.Cells[row][c], c => ref cells[row, c], ref rowTotals[r]);
                }
            }

            for (int c = 0; c < columns; c++)
            {
                if (table.ColumnTotals[c] is not null)
                {
                    int column = c;
                    changed |= Protect(rows, r => table.Cells[r][column], r => ref cells[r, column], ref columnTotals[c]);
                }
            }
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                DisclosureCell cell = table.Cells[r][c];
                if (cell.Kind == DisclosureCellKind.Ratio
                    && (threshold.Hides(cell.Numerator) || threshold.Hides(cell.Denominator) || IsSuppressed(cells, cell.NumeratorCell) || IsSuppressed(cells, cell.DenominatorCell)))
                {
                    cells[r, c] = SuppressionReason.FromSuppressedCount;
                }
            }
        }

        return new TableDisclosure(
            threshold,
            [.. Enumerable.Range(0, rows).Select(r => (IReadOnlyList<CellDisclosure>)[.. Enumerable.Range(0, columns).Select(c => new CellDisclosure(cells[r, c]))])],
            [.. rowTotals.Select(t => new CellDisclosure(t))],
            [.. columnTotals.Select(t => new CellDisclosure(t))]);
    }

    private delegate ref SuppressionReason? Slot(int index);

    /// <summary>
    /// Suppresses one more figure of a line with a total when exactly one of its counts and its total is suppressed:
    /// the smallest count above zero still shown, or else the total. Returns whether it suppressed anything.
    /// </summary>
    private static bool Protect(int length, Func<int, DisclosureCell> cellAt, Slot slot, ref SuppressionReason? total)
    {
        int hidden = total is null ? 0 : 1;
        int? smallest = null;
        for (int i = 0; i < length; i++)
        {
            DisclosureCell cell = cellAt(i);
            if (cell.Kind != DisclosureCellKind.Count)
            {
                continue;
            }

            if (slot(i) is not null)
            {
                hidden++;
            }
            else if (cell.Count > 0 && (smallest is not { } s || cell.Count < cellAt(s).Count))
            {
                smallest = i;
            }
        }

        if (hidden != 1)
        {
            return false;
        }

        if (smallest is { } next)
        {
            slot(next) = SuppressionReason.ProtectsAnother;
            return true;
        }

        if (total is null)
        {
            total = SuppressionReason.ProtectsAnother;
            return true;
        }

        return false;
    }

    private static bool IsSuppressed(SuppressionReason?[,] cells, CellPosition? position) =>
        position is { } p && p.Row >= 0 && p.Row < cells.GetLength(0) && p.Column >= 0 && p.Column < cells.GetLength(1) && cells[p.Row, p.Column] is not null;
}
