using System.Buffers;

namespace Waymark.Data.Exports;

/// <summary>
/// A named table to export: its columns and its rows, read once, one at a time, as they are written, so that an
/// export of any size needs the memory of one row. Every row has one cell per column.
/// </summary>
public sealed class ExportTable
{
    /// <summary>The longest name a worksheet may have.</summary>
    public const int MaxNameLength = 31;

    private static readonly SearchValues<char> NotInNames = SearchValues.Create(":\\/?*[]");

    /// <summary>Creates a table.</summary>
    /// <param name="name">
    /// The name, which is also the worksheet's: 1 to 31 characters, none of <c>: \ / ? * [ ]</c>, not starting or
    /// ending with an apostrophe.
    /// </param>
    /// <param name="columns">The columns, in order; their names must differ.</param>
    /// <param name="rows">The rows, each with one cell per column.</param>
    public ExportTable(string name, IReadOnlyList<ExportColumn> columns, IAsyncEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"'{name}' cannot name a worksheet: use 1 to {MaxNameLength} characters, none of : \\ / ? * [ ], not starting or ending with '.", nameof(name));
        }

        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (columns.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns.Count)
        {
            throw new ArgumentException("The column names must differ.", nameof(columns));
        }

        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The table's name, and its worksheet's.</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The rows, read once.</summary>
    public IAsyncEnumerable<IReadOnlyList<ExportCell>> Rows { get; }

    /// <summary>Whether <paramref name="name"/> can name a worksheet.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxNameLength && name.AsSpan().IndexOfAny(NotInNames) < 0
        && name[0] != '\'' && name[^1] != '\'';

    /// <summary>Throws unless <paramref name="row"/> has one cell per column.</summary>
    internal void CheckRow(IReadOnlyList<ExportCell> row, long rowNumber)
    {
        if (row.Count != Columns.Count)
        {
            throw new InvalidOperationException($"Row {rowNumber} of the {Name} table has {row.Count} cells but the table has {Columns.Count} columns.");
        }
    }
}
