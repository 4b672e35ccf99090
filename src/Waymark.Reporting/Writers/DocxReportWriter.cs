using System.IO.Packaging;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Waymark.Reporting.Charts;
using Waymark.Reporting.Content;
using Waymark.Reporting.Text;
using Waymark.Texts;

using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Waymark.Reporting.Writers;

/// <summary>
/// The report as a Word document: the built-in heading styles (so the navigation pane and a table of contents
/// work), real tables with a repeating header row and a caption, every rating and arrow in words, and each
/// highlighted indicator's trend chart as a PNG picture with a description, followed by the table of its figures.
/// </summary>
public static class DocxReportWriter
{
    private const string ImageRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    /// <summary>Writes the document to <paramref name="stream"/>, which must be readable, writable and seekable.</summary>
    public static void Write(BoardReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        long start = stream.Position;
        var pictures = new List<Picture>();
        WriteDocument(report, stream, pictures);
        stream.Position = start;
        AddPictures(stream, pictures);
        stream.Seek(0, SeekOrigin.End);
    }

    private static void WriteDocument(BoardReport report, Stream stream, List<Picture> pictures)
    {
        using WordprocessingDocument document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        MainDocumentPart main = document.AddMainDocumentPart();
        StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles();
        document.PackageProperties.Title = PlainText.Writable(report.FrontSheet.Subject);
        document.PackageProperties.Language = "en-GB";
        var body = new Body();
        var doc = new Doc(body, pictures, Charts(report));
        FrontSheet front = report.FrontSheet;

        doc.Heading(front.Subject, "Title");
        doc.Table(
            "Front sheet",
            ["Item", "Detail"],
            [
                ["Report of", front.ReportOf],
                ["Meeting", front.Meeting],
                ["Date", ReportNumbers.Date(front.Date)],
                ["Subject", front.Subject],
                ["Originator", front.Originator],
                ["Contact", front.Contact],
                ["Electoral wards affected", front.WardsAffected],
                ["Specific implications for", string.Join("; ", front.SpecificImplications.Select(i => $"{i.Name}: {(i.Applies ? "yes" : "no")}"))],
                ["Ward members consulted", front.WardMembersConsulted ? "yes" : "no"],
            ]);

        int section = 0;
        void Section(string heading, ReportText text)
        {
            section++;
            doc.Heading($"{section} {heading}", "Heading1");
            Paragraphs(doc, section, text.Paragraphs);
        }

        Section("Executive summary", report.ExecutiveSummary);
        Section("Purpose of the report", report.Purpose);
        Section("Background information", report.Background.Text);
        if (Tables.Meetings(report) is { } meetings)
        {
            doc.Table(meetings);
        }

        foreach (AppendixLine a in report.Background.Appendices)
        {
            doc.Paragraph($"Appendix {a.Number}: {a.Title}. {a.Description}");
        }

        section++;
        doc.Heading($"{section} Main issues", "Heading1");
        MainIssues(doc, report);
        Section("Implications for council policy and governance", report.Implications);
        Section("Legal and resource implications", report.LegalAndResource);
        Section("Conclusions", report.Conclusions);
        Section("Recommendations", report.Recommendations);
        doc.Heading("Background papers", "Heading1");
        foreach (string paper in report.BackgroundPapers.DefaultIfEmpty("None."))
        {
            doc.Paragraph(paper);
        }

        bool first = true;
        foreach (AppendixLine appendix in report.Background.Appendices)
        {
            // The report is A4 portrait; its appendices, with their twelve-column indicator tables, are a section of
            // A4 landscape pages, as in the PDF.
            if (first)
            {
                body.Append(new Paragraph(new ParagraphProperties(PageSection(landscape: false))));
                first = false;
            }
            else
            {
                doc.PageBreak();
            }

            doc.Heading($"Appendix {appendix.Number}: {appendix.Title}", "Heading1");
            doc.Paragraph(appendix.Description);
            if (appendix.Title == "Action trackers")
            {
                foreach (TrackerEntry t in report.Trackers)
                {
                    Tracker(doc, t);
                }
            }
            else if (appendix.Title == Building.DefaultText.GuidanceTitle)
            {
                doc.Table(Tables.Guidance(report));
            }
            else
            {
                doc.Table(Tables.IndicatorAppendix(report));
            }
        }

        body.Append(PageSection(landscape: report.Background.Appendices.Count > 0));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static SectionProperties PageSection(bool landscape) => new(
        landscape
            ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1020, Right = 1020, Header = 567, Footer = 567, Gutter = 0 });

    /// <summary>Each highlighted indicator's trend chart as PNG, drawn on every core at once, as they take most of the time.</summary>
    private static Dictionary<HighlightedIndicator, byte[]> Charts(BoardReport report)
    {
        var charted = report.Highlights.Where(h => h.Trend.Count > 1).ToList();
        var charts = new byte[charted.Count][];
        Parallel.For(0, charted.Count, i => charts[i] = TrendChart.Png(charted[i]));
        var byHighlight = new Dictionary<HighlightedIndicator, byte[]>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < charted.Count; i++)
        {
            byHighlight[charted[i]] = charts[i];
        }

        return byHighlight;
    }

    /// <summary>
    /// Adds the document's pictures to the package under <c>/word/media</c>, where Word files them, with the
    /// relationship ids the drawings already name. The Open XML SDK would file them under <c>/media</c>.
    /// </summary>
    private static void AddPictures(Stream stream, List<Picture> pictures)
    {
        if (pictures.Count == 0)
        {
            return;
        }

        using Package package = Package.Open(stream, FileMode.Open, FileAccess.ReadWrite);
        PackagePart main = package.GetParts().Single(p => p.ContentType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        foreach (Picture picture in pictures)
        {
            var uri = new Uri($"/word/media/{picture.Id}.png", UriKind.Relative);
            PackagePart part = package.CreatePart(uri, "image/png", CompressionOption.NotCompressed);
            using (Stream target = part.GetStream(FileMode.Create, FileAccess.Write))
            {
                target.Write(picture.Png);
            }

            main.CreateRelationship(PackUriHelper.GetRelativeUri(main.Uri, uri), TargetMode.Internal, ImageRelationship, picture.Id);
        }
    }

    private static void MainIssues(Doc doc, BoardReport report)
    {
        foreach (string missing in report.MissingData)
        {
            doc.Paragraph(missing);
        }

        if (Tables.PriorityProgress(report) is { } progress)
        {
            doc.Heading("Analysis of performance improvement priorities", "Heading2");
            doc.Table(progress);
        }

        if (report.RatingSummary is { } summary && Tables.RatingSummary(report) is { } ratings)
        {
            doc.Heading("Performance indicators", "Heading2");
            doc.Paragraph(ReportWords.SummarySentence(summary, report.PeriodLabel));
            doc.Table(ratings);
        }

        if (report.Highlights.Count > 0)
        {
            doc.Heading("Underperforming indicators", "Heading2");
            foreach (HighlightedIndicator h in report.Highlights)
            {
                IndicatorLine l = h.Line;
                doc.Heading($"{l.Code}: {l.Title}", "Heading3");
                doc.Table(Tables.HighlightFigures(report, h));
                if (Tables.HighlightComparators(h) is { } comparators)
                {
                    doc.Table(comparators);
                }
                else
                {
                    doc.Paragraph(ReportWords.NoComparators(l));
                }

                if (!string.IsNullOrWhiteSpace(h.Explanation))
                {
                    doc.Paragraph("Officer's explanation: " + h.Explanation);
                }

                if (Tables.HighlightTrend(h) is { } trend)
                {
                    TrendLayout chart = TrendChart.Layout(h);
                    doc.Caption($"{l.Code} trend chart");
                    doc.Picture(doc.Chart(h), chart.Width, chart.Height, chart.Title, chart.Description);
                    doc.Table(trend);
                }
            }
        }

        foreach (ReportTable people in Tables.People(report))
        {
            doc.Table(people);
        }

        if (report.Assessment is { } assessment && Tables.Assessment(report) is { } scores)
        {
            doc.Heading($"{assessment.Framework} scores", "Heading2");
            doc.Table(scores);
        }
    }

    private static void Tracker(Doc doc, TrackerEntry t)
    {
        doc.Heading($"{t.Priority}: {t.Title}", "Heading2");
        doc.Table(Tables.Tracker(t));
        if (Tables.KeyActions(t) is { } actions)
        {
            doc.Table(actions);
        }

        if (t.Indicators.Count > 0)
        {
            doc.Table(Tables.TrackerIndicators(t));
        }
    }

    private static void Paragraphs(Doc doc, int section, IReadOnlyList<string> paragraphs)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            doc.Paragraph($"{section}.{i + 1} {paragraphs[i]}");
        }
    }

    private static Styles Styles()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                    new FontSize { Val = "22" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(Heading("Title", "Title", 40, 0));
        styles.Append(Heading("Heading1", "heading 1", 32, 0));
        styles.Append(Heading("Heading2", "heading 2", 28, 1));
        styles.Append(Heading("Heading3", "heading 3", 24, 2));
        styles.Append(new Style(
            new StyleName { Val = "caption" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext()),
            new StyleRunProperties(new Bold()))
        { Type = StyleValues.Paragraph, StyleId = "Caption" });
        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        return styles;
    }

    private static Style Heading(string id, string name, int halfPoints, int level) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private sealed record Picture(string Id, byte[] Png);

    private sealed class Doc(Body body, List<Picture> pictures, Dictionary<HighlightedIndicator, byte[]> charts)
    {
        // A picture's size in the document: English Metric Units per pixel at 96 dots per inch.
        private const long EmuPerPixel = 9525;

        private const int TextWidth = 11906 - 1020 - 1020;

        public void Heading(string text, string style) =>
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text)));

        public void Paragraph(string text) => body.Append(new Paragraph(Run(text)));

        /// <summary>The PNG of a highlighted indicator's chart, drawn beforehand.</summary>
        public byte[] Chart(HighlightedIndicator h) => charts[h];

        public void Caption(string text) =>
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), Run(text)));

        /// <summary>A PNG picture in a paragraph of its own, <paramref name="width"/> by <paramref name="height"/> pixels at 96 dpi, with its title and description as alternative text.</summary>
        public void Picture(byte[] png, int width, int height, string title, string description)
        {
            uint number = (uint)pictures.Count + 1;
            string id = $"chart{number}";
            pictures.Add(new Picture(id, png));
            long cx = width * EmuPerPixel;
            long cy = height * EmuPerPixel;
            string name = $"Chart {number}";
            var inline = new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = number, Name = name, Title = PlainText.Writable(title), Description = PlainText.Writable(description) },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new Pic.Picture(
                        new Pic.NonVisualPictureProperties(
                            new Pic.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Title = PlainText.Writable(title), Description = PlainText.Writable(description) },
                            new Pic.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                        new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                        new Pic.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            };
            body.Append(new Paragraph(new ParagraphProperties(new KeepNext()), new Run(new Drawing(inline))));
        }

        public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

        /// <summary>Paints a table of the report in words, the first cell of each row in bold when it heads the row.</summary>
        public void Table(ReportTable table) => Table(table.Caption, [.. table.Columns.Select(c => c.Header)], table.Rows, table.RowHeaders);

        public void Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) =>
            Table(caption, headers, [.. rows.Select(row => (IReadOnlyList<ReportCell>)[.. row.Select(ReportCell.Plain)])], rowHeaders: true);

        private void Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows, bool rowHeaders)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), Run(caption)));
            var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableCaption { Val = PlainText.Writable(caption) }));

            // The grid the schema requires: equal columns across the text width (A4 less the margins, in twentieths of a point).
            string column = (TextWidth / headers.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.Append(new TableGrid([.. headers.Select(_ => new GridColumn { Width = column })]));
            var header = new TableRow(new TableRowProperties(new TableHeader()));
            foreach (string h in headers)
            {
                header.Append(Cell(h, bold: true));
            }

            table.Append(header);
            foreach (IReadOnlyList<ReportCell> row in rows)
            {
                var tr = new TableRow(new TableRowProperties(new CantSplit()));
                for (int i = 0; i < row.Count; i++)
                {
                    tr.Append(Cell(row[i].Words, bold: rowHeaders && i == 0, row[i].Note));
                }

                table.Append(tr);
            }

            body.Append(table);
            body.Append(new Paragraph());
        }

        private static TableCell Cell(string text, bool bold, string? note = null)
        {
            Run run = Run(text);
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            var cell = new TableCell(new Paragraph(run));
            if (note is not null)
            {
                Run small = Run(note);
                small.PrependChild(new RunProperties(new Italic(), new FontSize { Val = "16" }));
                cell.Append(new Paragraph(small));
            }

            return cell;
        }

        private static Run Run(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(PlainText.Writable(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
