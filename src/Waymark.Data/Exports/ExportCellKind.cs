namespace Waymark.Data.Exports;

/// <summary>What an <see cref="ExportCell"/> holds.</summary>
public enum ExportCellKind
{
    /// <summary>Nothing: an empty CSV field, a JSON <c>null</c>, no cell in a worksheet.</summary>
    Empty = 0,

    /// <summary>Text.</summary>
    Text = 1,

    /// <summary>A number with a fixed count of decimals.</summary>
    Number = 2,

    /// <summary>A calendar date.</summary>
    Date = 3,
}
