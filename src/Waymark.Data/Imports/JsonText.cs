namespace Waymark.Data.Imports;

/// <summary>A text read from a JSON file, with the path and line it was written at.</summary>
internal sealed record JsonText(string Value, string Path, long Line);
