namespace Waymark.Reporting.Content;

/// <summary>How a column's cells are aligned: words at the start of the line, figures at the end.</summary>
public enum ColumnAlignment
{
    Start,
    End,
}
