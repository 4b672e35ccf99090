namespace Waymark.Data.Demo;

/// <summary>One file of the demo council.</summary>
/// <param name="Kind">The kind of import that reads it, as <c>waymark import</c> names it.</param>
/// <param name="Name">The file's name.</param>
/// <param name="Mapping">The mapping file a DfE tidy file is read through; none for the others.</param>
public sealed record DemoFile(string Kind, string Name, string? Mapping = null);
