namespace Waymark.Reporting.Writers;

/// <summary>The formats a report is written in.</summary>
public enum ReportFormat
{
    Html = 1,
    Pdf = 2,
    Docx = 3,
    Xlsx = 4,
    Csv = 5,
}
