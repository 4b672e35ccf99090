namespace Waymark.Reporting.Content;

/// <summary>
/// A table of the report as every writer paints it: its caption, its columns and its rows of cells, built once from the
/// report model by <see cref="Tables"/>. The first cell of each row heads the row unless <paramref name="RowHeaders"/>
/// is false (a table of one row of figures). It is never stored: published reports freeze the <see cref="BoardReport"/>,
/// and the table is built again from it when the report is written.
/// </summary>
public sealed record ReportTable(string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, bool RowHeaders = true)
{
    /// <summary>
    /// Where the table holds counts of people, which of its cells are counts, totals and rates of them, so that
    /// <see cref="SmallNumbers.ForReaders"/> keeps small numbers from the public and councillors; null for a table of
    /// anything else (every table built from indicators' figures today).
    /// </summary>
    public PeopleCountShape? PeopleCounts { get; init; }
}
