namespace Waymark.Reporting.Content;

/// <summary>An appendix: its number, title and what it holds.</summary>
public sealed record AppendixLine(int Number, string Title, string Description);
