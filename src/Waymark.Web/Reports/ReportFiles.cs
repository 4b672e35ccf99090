using System.Text;

using Waymark.Reporting.Writers;

namespace Waymark.Web.Reports;

/// <summary>How a report file is sent: its content type and a file name that says whose report it is and when.</summary>
public static class ReportFiles
{
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Pdf => "application/pdf",
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Such as <c>childrens-services-scrutiny-board-2010-11-q3.pdf</c>.</summary>
    public static string FileName(string board, string period, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(period);
        var name = new StringBuilder();
        foreach (char c in $"{board} {period}".ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (c != '\'' && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        return name.ToString().TrimEnd('-') + "." + format.Code();
    }

    /// <summary>The words a person reads for a format.</summary>
    public static string Describe(ReportFormat format) => format switch
    {
        ReportFormat.Html => "Web page (HTML)",
        ReportFormat.Pdf => "PDF",
        ReportFormat.Docx => "Word document (DOCX)",
        ReportFormat.Xlsx => "Excel workbook (XLSX)",
        ReportFormat.Csv => "Indicator appendix (CSV)",
        _ => format.Code(),
    };
}
