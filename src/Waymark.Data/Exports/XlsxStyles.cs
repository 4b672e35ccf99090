using DocumentFormat.OpenXml.Spreadsheet;

namespace Waymark.Data.Exports;

/// <summary>
/// The cell formats of a workbook being written: the body, the bold header, dates, and one number format per count
/// of decimals met (<c>0</c>, <c>0.0</c>, <c>0.00</c>, ...), numbered as they are first used.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint Body = 0;
    public const uint Header = 1;
    public const uint Date = 2;

    // Built-in number format 14 is the short date of the reader's locale (dd/mm/yyyy in the United Kingdom).
    private const uint ShortDateFormat = 14;
    private const uint FirstCustomFormat = 164;

    private readonly Dictionary<int, uint> byDecimals = [];
    private readonly List<int> decimalsInOrder = [];

    /// <summary>The index of the cell format that shows a number with <paramref name="decimals"/>.</summary>
    public uint ForDecimals(int decimals)
    {
        if (!byDecimals.TryGetValue(decimals, out uint index))
        {
            index = Date + 1 + (uint)decimalsInOrder.Count;
            byDecimals.Add(decimals, index);
            decimalsInOrder.Add(decimals);
        }

        return index;
    }

    /// <summary>The number format code for <paramref name="decimals"/>: <c>0</c>, <c>0.0</c>, <c>0.00</c>.</summary>
    public static string FormatCode(int decimals) => decimals == 0 ? "0" : "0." + new string('0', decimals);

    /// <summary>The styles part: every format handed out so far.</summary>
    public Stylesheet ToStylesheet()
    {
        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = ShortDateFormat, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        var numberFormats = new NumberingFormats();
        for (int i = 0; i < decimalsInOrder.Count; i++)
        {
            uint id = FirstCustomFormat + (uint)i;
            numberFormats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = FormatCode(decimalsInOrder[i]) });
            formats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        }

        numberFormats.Count = (uint)decimalsInOrder.Count;
        formats.Count = (uint)formats.ChildElements.Count;

        var stylesheet = new Stylesheet();
        if (decimalsInOrder.Count > 0)
        {
            stylesheet.Append(numberFormats);
        }

        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
