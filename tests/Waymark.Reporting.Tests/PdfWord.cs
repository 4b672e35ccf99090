namespace Waymark.Reporting.Tests;

/// <summary>A word on a PDF page and the box it is printed in, in points from the top left corner.</summary>
internal sealed record PdfWord(string Text, decimal Left, decimal Top, decimal Right, decimal Bottom)
{
    public decimal Height => Bottom - Top;
}
