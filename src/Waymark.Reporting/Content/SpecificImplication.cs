namespace Waymark.Reporting.Content;

/// <summary>One of the front sheet's "specific implications for" boxes, and whether it is ticked.</summary>
public sealed record SpecificImplication(string Name, bool Applies);
