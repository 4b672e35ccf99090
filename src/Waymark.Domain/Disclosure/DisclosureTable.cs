namespace Waymark.Disclosure;

/// <summary>
/// A table about to be published: its <see cref="Cells"/> in rows of equal length and, when the table shows them, the
/// total of each row (<see cref="RowTotals"/>, one per row) and of each column (<see cref="ColumnTotals"/>, one per
/// column); a null total is one the table does not show. A total is the sum of its line's counts, so a reader could
/// subtract the others from it; the rules make sure that never gives away a suppressed count.
/// </summary>
public sealed record DisclosureTable
{
    /// <summary>A table of <paramref name="cells"/> with the totals it shows; rows of unequal length, or totals that do not match the rows or columns, are a caller's bug.</summary>
    public DisclosureTable(IReadOnlyList<IReadOnlyList<DisclosureCell>> cells, IReadOnlyList<long?>? rowTotals = null, IReadOnlyList<long?>? columnTotals = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        int columns = cells.Count == 0 ? 0 : cells[0].Count;
        if (cells.Any(r => r is null || r.Count != columns || r.Any(c => c is null)))
        {
            throw new ArgumentException("Every row of a table has the same number of cells.", nameof(cells));
        }

        rowTotals ??= [.. cells.Select(_ => (long?)null)];
        columnTotals ??= [.. Enumerable.Repeat((long?)null, columns)];
        if (rowTotals.Count != cells.Count)
        {
            throw new ArgumentException("A table has one row total (or null) for each row.", nameof(rowTotals));
        }

        if (columnTotals.Count != columns)
        {
            throw new ArgumentException("A table has one column total (or null) for each column.", nameof(columnTotals));
        }

        if (rowTotals.Concat(columnTotals).Any(t => t < 0))
        {
            throw new ArgumentException("A total is not negative.", nameof(rowTotals));
        }

        Cells = cells;
        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
    }

    /// <summary>The cells, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<DisclosureCell>> Cells { get; }

    /// <summary>Each row's total, or null where the table shows none.</summary>
    public IReadOnlyList<long?> RowTotals { get; }

    /// <summary>Each column's total, or null where the table shows none.</summary>
    public IReadOnlyList<long?> ColumnTotals { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => Cells.Count;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Cells.Count == 0 ? 0 : Cells[0].Count;
}
