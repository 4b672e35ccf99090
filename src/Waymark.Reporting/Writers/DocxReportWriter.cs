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
/// The report as a Word document a committee clerk can put into their papers as it is: the built-in heading styles
/// (so the navigation pane and a table of contents work), sections and their paragraphs numbered 1 and 1.1 and the
/// appendices and background papers as bullets, all real lists of the numbering part; real tables with a caption
/// kept with them, the header row repeated on each page and kept with the first row, columns fitted to the page
/// (<see cref="DocxColumns"/>), figures aligned right and rating cells shaded in their colour beside their word;
/// each highlighted indicator's trend chart as a PNG picture with a description, followed by the table of its
/// figures; and the report's title with "Page N of M" in the footer of every page.
/// </summary>
public static class DocxReportWriter
{
    // The width between the margins of an A4 page, portrait and landscape, in twentieths of a point.
    private const int PortraitWidth = 11906 - 1020 - 1020;

    private const int LandscapeWidth = 16838 - 1020 - 1020;

    private const int Sections = 1;

    private const int Bullets = 2;

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
        NumberingDefinitionsPart numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = Numbering();
        string title = PlainText.Writable(report.FrontSheet.Subject);
        string portraitFooter = AddFooter(main, title, PortraitWidth);
        string landscapeFooter = AddFooter(main, title, LandscapeWidth);
        document.PackageProperties.Title = PlainText.Writable(report.FrontSheet.Subject);
        document.PackageProperties.Language = "en-GB";
        var body = new Body();
        var doc = new Doc(body, pictures, Charts(report)) { TextWidth = PortraitWidth };
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

        void Section(string heading, ReportText text)
        {
            doc.SectionHeading(heading);
            foreach (string paragraph in text.Paragraphs)
            {
                doc.NumberedParagraph(paragraph);
            }
        }

        Section("Executive summary", report.ExecutiveSummary);
        Section("Purpose of the report", report.Purpose);
        Section("Background information", report.Background.Text);
        if (Tables.Meetings(report) is { } meetings)
        {
            doc.Table(meetings);
        }

        if (report.Background.Appendices.Count > 0)
        {
            doc.NumberedParagraph("The following appendices are provided with this report:");
            foreach (AppendixLine a in report.Background.Appendices)
            {
                doc.Bullet($"Appendix {a.Number}: {a.Title}. {a.Description}");
            }
        }

        doc.SectionHeading("Main issues");
        MainIssues(doc, report);
        Section("Implications for council policy and governance", report.Implications);
        Section("Legal and resource implications", report.LegalAndResource);
        Section("Conclusions", report.Conclusions);
        Section("Recommendations", report.Recommendations);
        doc.Heading("Background papers", "Heading1");
        if (report.BackgroundPapers.Count == 0)
        {
            doc.Paragraph("None.");
        }

        foreach (string paper in report.BackgroundPapers)
        {
            doc.Bullet(paper);
        }

        bool first = true;
        foreach (AppendixLine appendix in report.Background.Appendices)
        {
            // The report is A4 portrait; its appendices, with their twelve-column indicator tables, are a section of
            // A4 landscape pages, as in the PDF.
            if (first)
            {
                body.Append(new Paragraph(new ParagraphProperties(PageSection(landscape: false, portraitFooter))));
                doc.TextWidth = LandscapeWidth;
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

        bool landscape = report.Background.Appendices.Count > 0;
        body.Append(PageSection(landscape, landscape ? landscapeFooter : portraitFooter));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static SectionProperties PageSection(bool landscape, string footer) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footer },
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
            foreach (string note in assessment.Notes)
            {
                doc.Paragraph(note);
            }
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

    /// <summary>
    /// Adds a footer for pages <paramref name="width"/> wide between their margins: the report's title at the left and
    /// "Page N of M" at the right, from Word's PAGE and NUMPAGES fields; returns its relationship id.
    /// </summary>
    private static string AddFooter(MainDocumentPart main, string title, int width)
    {
        FooterPart part = main.AddNewPart<FooterPart>();
        static SimpleField Field(string code) => new(new Run(new RunProperties(new FontSize { Val = "18" }), new DocumentFormat.OpenXml.Wordprocessing.Text("1"))) { Instruction = $" {code} " };
        static Run Small(string text) => new(new RunProperties(new FontSize { Val = "18" }), new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "Footer" },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = width })),
            Small(title),
            new Run(new TabChar()),
            Small("Page "),
            Field("PAGE"),
            Small(" of "),
            Field("NUMPAGES")));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    /// <summary>
    /// The document's two lists: <see cref="Sections"/>, the sections (level 0, "1") and their paragraphs (level 1,
    /// "1.1", starting again in each section), and <see cref="Bullets"/>.
    /// </summary>
    private static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
            { LevelIndex = 0 },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1.%2" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
            { LevelIndex = 1 })
        { AbstractNumberId = 0 },
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "851", Hanging = "284" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = Sections },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = Bullets });

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
            new StyleName { Val = "footer" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }))
        { Type = StyleValues.Paragraph, StyleId = "Footer" });
        styles.Append(new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
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

        private const string HeaderFill = "F3F2F1";

        private const string CarriedForwardFill = "DDDDDD";

        /// <summary>The width between the margins of the section being written, in twentieths of a point.</summary>
        public int TextWidth { get; set; }

        public void Heading(string text, string style) =>
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text)));

        /// <summary>A numbered section's heading: 1, 2 and so on, the paragraphs under it numbered 1.1, 1.2.</summary>
        public void SectionHeading(string text) => body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = Sections })),
            Run(text)));

        /// <summary>A paragraph of a numbered section, numbered 1.1, 1.2 and so on.</summary>
        public void NumberedParagraph(string text) => body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 1 }, new NumberingId { Val = Sections })),
            Run(text)));

        /// <summary>An item of a bulleted list.</summary>
        public void Bullet(string text) => body.Append(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = Bullets })),
            Run(text)));

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

        /// <summary>Paints a table of the report, the first cell of each row in bold when it heads the row.</summary>
        public void Table(ReportTable table) => Table(table.Caption, table.Columns, table.Rows, table.RowHeaders);

        public void Table(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) =>
            Table(caption, [.. headers.Select(h => new ReportColumn(h))], [.. rows.Select(row => (IReadOnlyList<ReportCell>)[.. row.Select(ReportCell.Plain)])], rowHeaders: true);

        private void Table(string caption, IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<ReportCell>> rows, bool rowHeaders)
        {
            body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Caption" }), Run(caption)));
            List<IReadOnlyList<DocxColumns.CellText>> texts =
            [
                [.. columns.Select(c => new DocxColumns.CellText(c.Header, Bold: true))],
                .. rows.Select(row => (IReadOnlyList<DocxColumns.CellText>)[.. row.Select((cell, i) => new DocxColumns.CellText(cell.Words, rowHeaders && i == 0, cell.Note))]),
            ];
            (decimal font, int[] widths) = DocxColumns.Fit(texts, columns.Count, TextWidth);
            string size = HalfPoints(font);
            string noteSize = HalfPoints(Math.Round(font * DocxColumns.NoteScale * 2, MidpointRounding.AwayFromZero) / 2);

            var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(TextWidth) },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = DocxColumns.CellMargin, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = DocxColumns.CellMargin, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = rowHeaders, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = PlainText.Writable(caption) }));
            table.Append(new TableGrid([.. widths.Select(w => new GridColumn { Width = Twips(w) })]));

            // The header row is repeated at the top of each page and kept with the first row, so it is never left alone at the foot of one.
            var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
            for (int i = 0; i < columns.Count; i++)
            {
                header.Append(Cell(ReportCell.Plain(columns[i].Header), widths[i], columns[i].Alignment, bold: true, size, noteSize, keepNext: true, HeaderFill));
            }

            table.Append(header);
            foreach (IReadOnlyList<ReportCell> row in rows)
            {
                var tr = new TableRow(new TableRowProperties(new CantSplit()));
                for (int i = 0; i < row.Count; i++)
                {
                    bool heads = rowHeaders && i == 0;
                    tr.Append(Cell(row[i], widths[i], heads ? ColumnAlignment.Start : columns[i].Alignment, heads, size, noteSize, keepNext: false, Fill(row[i])));
                }

                table.Append(tr);
            }

            body.Append(table);
            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
        }

        /// <summary>The shading of a cell: its rating's colour, grey for a score carried forward, none otherwise.</summary>
        private static string? Fill(ReportCell cell) =>
            cell.Kind == CellKind.CarriedForward ? CarriedForwardFill
            : cell.Rating is { } r && XlsxReportWriter.RatingFills.TryGetValue(r, out string? argb) ? argb[2..]
            : null;

        private static TableCell Cell(ReportCell content, int width, ColumnAlignment alignment, bool bold, string size, string noteSize, bool keepNext, string? fill)
        {
            var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
            if (fill is not null)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            var cell = new TableCell(properties, CellParagraph(content.Words, alignment, bold, italic: false, size, keepNext));
            if (content.Note is { } note)
            {
                cell.Append(CellParagraph(note, alignment, bold: false, italic: true, noteSize, keepNext));
            }

            return cell;
        }

        private static Paragraph CellParagraph(string text, ColumnAlignment alignment, bool bold, bool italic, string size, bool keepNext)
        {
            var properties = new ParagraphProperties();
            if (keepNext)
            {
                properties.Append(new KeepNext());
            }

            properties.Append(new SpacingBetweenLines { After = "0" });
            if (alignment == ColumnAlignment.End)
            {
                properties.Append(new Justification { Val = JustificationValues.Right });
            }

            var run = new RunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            run.Append(new FontSize { Val = size });
            Run r = Run(text);
            r.PrependChild(run);
            return new Paragraph(properties, r);
        }

        private static string HalfPoints(decimal points) => ((int)(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static Run Run(string text) => new(new DocumentFormat.OpenXml.Wordprocessing.Text(PlainText.Writable(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
