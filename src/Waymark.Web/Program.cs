using Waymark.Web;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddWaymark();

WebApplication app = builder.Build();
await app.PrepareStoreAsync(Console.Out);
app.UseWaymark();
await app.RunAsync();

/// <summary>The web application; public so that tests can host it.</summary>
public partial class Program;
