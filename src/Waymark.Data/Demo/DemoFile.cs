namespace Waymark.Data.Demo;

/// <summary>One file of the demo council.</summary>
/// <param name="Kind">The kind of import that reads it, as <c>waymark import</c> names it.</param>
/// <param name="Name">The file's name.</param>
public sealed record DemoFile(string Kind, string Name);
