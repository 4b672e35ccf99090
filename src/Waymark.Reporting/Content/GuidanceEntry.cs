namespace Waymark.Reporting.Content;

/// <summary>A line of the members' guidance sheet: a word or sign the report uses and what it means under the council's rules.</summary>
public sealed record GuidanceEntry(string Term, string Meaning);
