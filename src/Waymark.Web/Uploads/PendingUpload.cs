namespace Waymark.Web.Uploads;

/// <summary>A file uploaded for import and kept, from <see cref="KeptAt"/>, until it is confirmed or discarded.</summary>
public sealed record PendingUpload(string Id, string Kind, string FileName, DateTimeOffset KeptAt);
