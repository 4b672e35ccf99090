namespace Waymark.Reporting.Content;

/// <summary>A column of a <see cref="ReportTable"/>: the header text and how its cells are aligned.</summary>
public sealed record ReportColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Start)
{
    /// <summary>A column of figures, aligned to the end so that the digits line up.</summary>
    public static ReportColumn Figures(string header) => new(header, ColumnAlignment.End);
}
