using System.Globalization;
using System.Text;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Waymark.Data.Exports;

/// <summary>
/// Writes one worksheet row by row: the frozen bold header first, then each row as it comes. The elements are
/// written from reused templates with their attributes, so a row costs no more than its text.
/// </summary>
internal sealed class XlsxSheetWriter : IDisposable
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Excel counts days from 30 December 1899, and wrongly takes 1900 as a leap year, so only dates from
    // 1 March 1900 have the serial number that this gives them; earlier dates are written as text.
    private static readonly DateOnly SerialDayZero = new(1899, 12, 30);
    private static readonly DateOnly FirstSerialDate = new(1900, 3, 1);

    private static readonly OpenXmlAttribute InlineString = new("t", string.Empty, "inlineStr");
    private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", XmlNamespace, "preserve");

    private readonly OpenXmlWriter writer;
    private readonly XlsxStyles styles;
    private readonly string[] letters;
    private readonly Row rowTemplate = new();
    private readonly Cell cellTemplate = new();
    private readonly CellValue valueTemplate = new();
    private readonly InlineString inlineTemplate = new();
    private readonly Text textTemplate = new();
    private readonly List<OpenXmlAttribute> attributes = new(3);
    private readonly List<OpenXmlAttribute> rowAttributes = new(1);
    private readonly List<OpenXmlAttribute> spaceAttributes = [PreserveSpace];
    private int rowIndex;

    public XlsxSheetWriter(Stream part, IReadOnlyList<ExportColumn> columns, XlsxStyles styles, bool selected)
    {
        this.styles = styles;
        letters = [.. Enumerable.Range(0, columns.Count).Select(ColumnLetters)];
        writer = OpenXmlWriter.Create(part, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView(selected));
        writer.WriteElement(new Columns(columns.Select((c, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());

        StartRow();
        for (int i = 0; i < columns.Count; i++)
        {
            WriteText(i, columns[i].Name, XlsxStyles.Header);
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes the next row: a cell for each text, number or date, none for an empty cell.</summary>
    public void WriteRow(IReadOnlyList<ExportCell> cells)
    {
        StartRow();
        for (int i = 0; i < cells.Count; i++)
        {
            ExportCell cell = cells[i];
            switch (cell.Kind)
            {
                case ExportCellKind.Text:
                    WriteText(i, cell.Text!, XlsxStyles.Body);
                    break;
                case ExportCellKind.Number:
                    WriteNumber(i, cell.Number.ToString(CultureInfo.InvariantCulture), styles.ForDecimals(cell.Decimals));
                    break;
                case ExportCellKind.Date when cell.Date >= FirstSerialDate:
                    WriteNumber(i, (cell.Date.DayNumber - SerialDayZero.DayNumber).ToString(CultureInfo.InvariantCulture), XlsxStyles.Date);
                    break;
                case ExportCellKind.Date:
                    WriteText(i, cell.ToString(), XlsxStyles.Body);
                    break;
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Closes the sheet's data and the worksheet.</summary>
    public void Finish()
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Dispose() => writer.Dispose();

    private static SheetViews FrozenHeaderView(bool selected) => new(
        new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected ? true : null,
            WorkbookViewId = 0U,
        });

    // A, B, ..., Z, AA, AB, ...
    private static string ColumnLetters(int column)
    {
        var letters = new StringBuilder(3);
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    private void StartRow()
    {
        rowIndex++;
        rowAttributes.Clear();
        rowAttributes.Add(new OpenXmlAttribute("r", string.Empty, rowIndex.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(rowTemplate, rowAttributes);
    }

    private void StartCell(int column, uint style, bool inline)
    {
        attributes.Clear();
        attributes.Add(new OpenXmlAttribute("r", string.Empty, letters[column] + rowAttributes[0].Value));
        if (style != XlsxStyles.Body)
        {
            attributes.Add(new OpenXmlAttribute("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (inline)
        {
            attributes.Add(InlineString);
        }

        writer.WriteStartElement(cellTemplate, attributes);
    }

    private void WriteNumber(int column, string value, uint style)
    {
        StartCell(column, style, inline: false);
        writer.WriteStartElement(valueTemplate);
        writer.WriteString(value);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private void WriteText(int column, string text, uint style)
    {
        string safe = XlsxWorkbookWriter.XmlSafe(text);
        StartCell(column, style, inline: true);
        writer.WriteStartElement(inlineTemplate);
        if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
        {
            writer.WriteStartElement(textTemplate, spaceAttributes);
        }
        else
        {
            writer.WriteStartElement(textTemplate);
        }

        writer.WriteString(safe);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
