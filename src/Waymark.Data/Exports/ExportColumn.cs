namespace Waymark.Data.Exports;

/// <summary>A column of an exported table: its name (the CSV header, the JSON property, the worksheet heading) and width.</summary>
public sealed class ExportColumn
{
    /// <summary>The widest column a worksheet allows, in characters.</summary>
    public const int MaxWidth = 255;

    /// <summary>Creates a column; without a width, it is as wide as its name and at least 10 characters.</summary>
    /// <param name="name">The name, lower case with underscores, such as <c>predicted_year_end</c>.</param>
    /// <param name="width">How many characters a worksheet shows (1-255); 0 for the default.</param>
    public ExportColumn(string name, int width = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxWidth);
        Name = name;
        Width = width > 0 ? width : Math.Clamp(name.Length + 2, 10, MaxWidth);
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>How many characters wide a worksheet shows the column.</summary>
    public int Width { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
