namespace Waymark.Disclosure;

/// <summary>
/// What <see cref="SmallNumberRules.Suppress"/> decided for each cell of a <see cref="DisclosureTable"/> (same rows and
/// columns) and for each total it shows (a total the table does not show is <see cref="CellDisclosure.Shown"/>).
/// </summary>
public sealed record TableDisclosure(
    SmallNumberThreshold Threshold,
    IReadOnlyList<IReadOnlyList<CellDisclosure>> Cells,
    IReadOnlyList<CellDisclosure> RowTotals,
    IReadOnlyList<CellDisclosure> ColumnTotals)
{
    /// <summary>The decision for the cell at <paramref name="row"/>, <paramref name="column"/>.</summary>
    public CellDisclosure this[int row, int column] => Cells[row][column];

    /// <summary>How many cells and totals are suppressed.</summary>
    public int SuppressedCount => Cells.Sum(r => r.Count(c => c.Suppressed)) + RowTotals.Count(t => t.Suppressed) + ColumnTotals.Count(t => t.Suppressed);
}
