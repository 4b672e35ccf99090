namespace Waymark.Reporting.Tests;

/// <summary>A page of a PDF as <c>pdftotext -bbox</c> reads it: its size and its words, in points.</summary>
internal sealed record PdfPage(decimal Width, decimal Height, IReadOnlyList<PdfWord> Words)
{
    public bool IsLandscape => Width > Height;
}
