<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationCli</name>
    <message>
        <source>(not found in the current text)</source>
        <translation>（在当前正文中未找到）</translation>
    </message>
    <message>
        <source>%1 is not in a library; annotate it by its library id or with --db.</source>
        <translation>%1 不在文库中；请使用其文库编号，或用 --db 指定文库后再批注。</translation>
    </message>
    <message>
        <source>The quote was not found in %1: %2</source>
        <translation>在 %1 中未找到该原文：%2</translation>
    </message>
    <message>
        <source>The quote occurs %1 times in the document; --occurrence must be 1 to %1.</source>
        <translation>该原文在文档中出现 %1 次；--occurrence 必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The quote occurs %1 times; annotated the first (see --occurrence).</source>
        <translation>该原文出现 %1 次；已批注第一处（参见 --occurrence）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Invalid value &apos;%1&apos; for %2</source>
        <translation>%2 的值“%1”无效</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;. See parallax-cli --help.</source>
        <translation>“%1”的参数个数不正确。请参阅 parallax-cli --help。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Usage: parallax-cli COMMAND [options]</source>
        <translation>用法：parallax-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>import files and folders into the library</source>
        <translation>将文件和文件夹导入文库</translation>
    </message>
    <message>
        <source>list the documents in the library</source>
        <translation>列出文库中的文档</translation>
    </message>
    <message>
        <source>metadata and section tree of a document</source>
        <translation>显示文档的元数据和章节结构</translation>
    </message>
    <message>
        <source>full-text search over the library</source>
        <translation>在文库中全文检索</translation>
    </message>
    <message>
        <source>correct a metadata field (title, region, region_level, kind, date, speaker, year_reported, year_planned)</source>
        <translation>更正元数据字段（title、region、region_level、kind、date、speaker、year_reported、year_planned）</translation>
    </message>
    <message>
        <source>DOC is a library id or a file path. Every command takes --db PATH (default: %1).</source>
        <translation>DOC 为文库编号或文件路径。所有命令均可使用 --db PATH 指定文库（默认：%1）。</translation>
    </message>
    <message>
        <source>Library database file.</source>
        <translation>文库数据库文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>No importable files found in %1</source>
        <translation>在 %1 中未找到可导入的文件</translation>
    </message>
    <message>
        <source>already in library: #%1 %2 (%3)</source>
        <translation>已在文库中：#%1 %2（%3）</translation>
    </message>
    <message>
        <source>imported: #%1 %2 (%3)</source>
        <translation>已导入：#%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n 个已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Show headings down to this level only.</source>
        <translation>只显示到此级别的标题。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Maximum number of results (default 50).</source>
        <translation>最多返回的结果数（默认 50）。</translation>
    </message>
    <message>
        <source>set needs a library id (see parallax-cli list)</source>
        <translation>set 命令需要文库编号（参见 parallax-cli list）</translation>
    </message>
    <message>
        <source>#%1: %2 set to %3</source>
        <translation>#%1：%2 已设为 %3</translation>
    </message>
    <message>
        <source>Unknown field: %1</source>
        <translation>未知字段：%1</translation>
    </message>
    <message>
        <source>growth figures and targets with their quotes</source>
        <translation>增长数据和目标，附原文引述</translation>
    </message>
    <message>
        <source>target table: indicators × documents, changes and attainment</source>
        <translation>目标对照表：指标 × 文档，含变化与完成情况</translation>
    </message>
    <message>
        <source>Write CSV (UTF-8 with BOM, opens in Excel and WPS).</source>
        <translation>以 CSV 格式输出（带 BOM 的 UTF-8，可直接用 Excel 和 WPS 打开）。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Changes: %1 → %2</source>
        <translation>变化：%1 → %2</translation>
    </message>
    <message>
        <source>Attainment (target of year Y against the actual reported for Y):</source>
        <translation>完成情况（Y 年目标与 Y 年实际完成值对比）：</translation>
    </message>
    <message>
        <source>which sections correspond across documents</source>
        <translation>哪些章节在各文件之间相互对应</translation>
    </message>
    <message>
        <source>word-level diff of whole documents or of one aligned row</source>
        <translation>逐词比较整篇文件或对齐后的某一行</translation>
    </message>
    <message>
        <source>a chart of one indicator across documents</source>
        <translation>某一指标在多份文件中的图表</translation>
    </message>
    <message>
        <source>Align top-level sections, second-level sections or paragraphs.</source>
        <translation>按一级章节、二级章节或段落对齐。</translation>
    </message>
    <message>
        <source>Let review sections align with plan sections.</source>
        <translation>允许回顾部分与部署部分相互对齐。</translation>
    </message>
    <message>
        <source>Diff only the sections in this row of the alignment (see align).</source>
        <translation>只比较对齐结果中这一行的章节（见 align）。</translation>
    </message>
    <message>
        <source>Write a side-by-side HTML page to FILE.</source>
        <translation>将并排对照的 HTML 页面写入 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Treat ASCII and Chinese punctuation (, and ，) as equal.</source>
        <translation>将半角与全角标点（, 与 ，）视为相同。</translation>
    </message>
    <message>
        <source>highlight a passage and attach a note and tags</source>
        <translation>高亮一段文字，并附上备注和标签</translation>
    </message>
    <message>
        <source>the annotations of a document</source>
        <translation>显示文档的批注</translation>
    </message>
    <message>
        <source>the document as a printed PDF, with highlights and notes</source>
        <translation>将文档打印为 PDF，含高亮和备注</translation>
    </message>
    <message>
        <source>a comparison report: alignment, diffs, targets, charts, notes</source>
        <translation>生成对比报告：对齐、改动、目标、图表和备注</translation>
    </message>
    <message>
        <source>The exact words to annotate (whitespace and punctuation may differ).</source>
        <translation>要批注的原文（空白和标点可以不同）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>备注内容。</translation>
    </message>
    <message>
        <source>A tag (repeat for several).</source>
        <translation>标签（可重复，以添加多个标签）。</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Highlight colour: yellow, green, blue, pink or purple.</source>
        <translation>高亮颜色：yellow（黄）、green（绿）、blue（蓝）、pink（粉）或 purple（紫）。</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (default 1).</source>
        <translation>批注该原文第几次出现之处（默认 1）。</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT.</source>
        <translation>annotate 命令需要 --quote TEXT。</translation>
    </message>
    <message>
        <source>Write Markdown.</source>
        <translation>以 Markdown 格式输出。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Print highlights and notes from the library.</source>
        <translation>同时打印文库中的高亮和备注。</translation>
    </message>
    <message>
        <source>print needs --out FILE.pdf.</source>
        <translation>print 命令需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>The report file to write (.pdf or .html).</source>
        <translation>要写入的报告文件（.pdf 或 .html）。</translation>
    </message>
    <message>
        <source>Chart this indicator&apos;s targets (repeat for several).</source>
        <translation>绘制此指标的目标图表（可重复，以绘制多个指标）。</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDICATOR</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or FILE.html.</source>
        <translation>report 命令需要 --out FILE.pdf 或 FILE.html。</translation>
    </message>
    <message>
        <source>wrote %1: %2 pages, %3 notes</source>
        <translation>已写入 %1：共 %2 页，%3 条备注</translation>
    </message>
    <message>
        <source>wrote %1: %2 pages, %3 aligned rows, %4 notes</source>
        <translation>已写入 %1：共 %2 页，%3 个对齐行，%4 条备注</translation>
    </message>
    <message>
        <source>Invalid value &apos;%1&apos; for %2: expected a whole number from %3 to %4</source>
        <translation>%2 的值“%1”无效：应为 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes (default 256).</source>
        <translation>拒绝大于此兆字节数的文件（默认 256）。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Refuse documents with a longer line, in characters (default 4194304).</source>
        <translation>拒绝含有更长行的文档，以字符计（默认 4194304）。</translation>
    </message>
    <message>
        <source>Keep deeper headings in their parent&apos;s text (default 6).</source>
        <translation>更深层级的标题保留在上级章节的正文中（默认 6）。</translation>
    </message>
    <message>
        <source>Give up on a document after this many seconds (default 120).</source>
        <translation>单个文档超过此秒数即放弃（默认 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>changed figure</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation>对比报告</translation>
    </message>
    <message>
        <source>Prepared with Parallax on %1.</source>
        <translation>由 Parallax 于 %1 生成。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Alignment overview</source>
        <translation>对齐概览</translation>
    </message>
    <message>
        <source>Rows are sections that correspond across the documents; — marks a document without such a section. Score: similarity to the row.</source>
        <translation>每行为各文档中相互对应的章节；“—”表示该文档没有对应的章节。得分：与该行的相似度。</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Section by section</source>
        <translation>逐章对照</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No targets were found in these documents.</source>
        <translation>这些文档中未找到目标。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>not found in the current text</source>
        <translation>在当前正文中未找到</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Aligned sections: %1, of which %2 have a counterpart in every document.</source>
        <translation>对齐的章节：%1 组，其中 %2 组在每份文档中都有对应章节。</translation>
    </message>
    <message>
        <source>Changed figures in aligned sections: %1.</source>
        <translation>对齐章节中的数字变化：%1 处。</translation>
    </message>
    <message>
        <source>Targets: %1 raised, %2 lowered, %3 added, %4 dropped, %5 reworded.</source>
        <translation>目标：提高 %1 项，降低 %2 项，新增 %3 项，删去 %4 项，措辞改变 %5 项。</translation>
    </message>
    <message>
        <source>Notes: %1.</source>
        <translation>备注：%1 条。</translation>
    </message>
    <message>
        <source>changed figures: %1</source>
        <translation>数字变化：%1 处</translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationCommands</name>
    <message>
        <source>Highlight “%1”</source>
        <translation>高亮“%1”</translation>
    </message>
    <message>
        <source>Add Note to “%1”</source>
        <translation>为“%1”添加备注</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <source>Delete Annotation “%1”</source>
        <translation>删除批注“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>删除 %n 条批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationStyle</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>已定位</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>在当前正文中未找到</translation>
    </message>
</context>
<context>
    <name>Parallax::ChartCommand</name>
    <message>
        <source>Indicator to chart (repeat for several indicators side by side).</source>
        <translation>要绘制的指标（可重复，以并列多个指标）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>growth, level or rate (default: the most frequent).</source>
        <translation>growth（增速）、level（总量）或 rate（比率）（默认：最常见者）。</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>target or actual (default: target).</source>
        <translation>target（目标）或 actual（实际）（默认：target）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>bar (across regions), line (over years), target-actual or indicators.</source>
        <translation>bar（按地区）、line（按年份）、target-actual（目标与实际）或 indicators（多指标）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>图表类型</translation>
    </message>
    <message>
        <source>Year to chart (default: the most frequent).</source>
        <translation>要绘制的年份（默认：最常见者）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Leave the figures off the bars.</source>
        <translation>柱形上不标注数值。</translation>
    </message>
    <message>
        <source>Output file: .png, .svg or .pdf.</source>
        <translation>输出文件：.png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Image width in pixels (default 1600).</source>
        <translation>图像宽度，单位像素（默认 1600）。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Image height in pixels (default 1000).</source>
        <translation>图像高度，单位像素（默认 1000）。</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (default 150).</source>
        <translation>分辨率，单位 DPI（默认 150）。</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>chart: --indicator is required</source>
        <translation>chart：必须指定 --indicator</translation>
    </message>
    <message>
        <source>chart: unknown measure &apos;%1&apos;</source>
        <translation>chart：未知口径“%1”</translation>
    </message>
    <message>
        <source>chart: unknown kind &apos;%1&apos;</source>
        <translation>chart：未知类型“%1”</translation>
    </message>
    <message>
        <source>chart: unknown chart type &apos;%1&apos;</source>
        <translation>chart：未知图表类型“%1”</translation>
    </message>
    <message>
        <source>chart: invalid --%1 &apos;%2&apos;</source>
        <translation>chart：--%1 的值“%2”无效</translation>
    </message>
    <message>
        <source>chart: --out FILE.png|svg|pdf is required</source>
        <translation>chart：必须指定 --out FILE.png|svg|pdf</translation>
    </message>
    <message>
        <source>chart: the output file must end in .png, .svg or .pdf</source>
        <translation>chart：输出文件的扩展名必须是 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <source>chart: internal error: drawing charts needs a QApplication</source>
        <translation>chart：内部错误：绘制图表需要 QApplication</translation>
    </message>
    <message>
        <source>chart: %1</source>
        <translation>chart：%1</translation>
    </message>
    <message>
        <source>chart: cannot write %1: %2</source>
        <translation>chart：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Parallax::ChartData</name>
    <message>
        <source>Mixed units</source>
        <translation>单位不一</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>资料来源：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The selected documents have no figures for this chart.</source>
        <translation>所选文档中没有可用于此图表的数据。</translation>
    </message>
    <message>
        <source>Choose an indicator to chart.</source>
        <translation>请选择要绘制的指标。</translation>
    </message>
    <message>
        <source>%1 %2 %3 by region, %4</source>
        <translation>%4年各地区%1%2%3</translation>
    </message>
    <message>
        <source>%1 %2 %3 over the years, %4</source>
        <translation>%1%2%3历年变化（%4年）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>%1 %2: target and actual, %3</source>
        <translation>%3年%1%2：目标与实际</translation>
    </message>
    <message>
        <source>%1 %2 compared, %3</source>
        <translation>%3年多项指标%1%2对比</translation>
    </message>
</context>
<context>
    <name>Parallax::DisplayNames</name>
    <message>
        <source>Government work report</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>Five-year plan</source>
        <translation>五年规划</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>地级</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>Corps division</source>
        <translation>兵团师市</translation>
    </message>
    <message>
        <source>Unknown level</source>
        <translation>级别未知</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>工作回顾</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>主要预期目标</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>名词解释</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>名词解释条目</translation>
    </message>
    <message>
        <source>Box or table</source>
        <translation>专栏或表格</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
</context>
<context>
    <name>Parallax::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions or I/O error)</source>
        <translation>无法读取文件（权限不足或读写错误）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is larger than the import limit</source>
        <translation>文件超过导入大小上限</translation>
    </message>
    <message>
        <source>not a text, HTML, PDF or DOCX document (binary content)</source>
        <translation>不是文本、HTML、PDF 或 DOCX 文档（二进制内容）</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>无法识别文本编码</translation>
    </message>
    <message>
        <source>a line is longer than the import limit</source>
        <translation>某一行的长度超过导入上限</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>文档中没有文字</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>无法解析 HTML</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated</source>
        <translation>PDF 文件已损坏或不完整</translation>
    </message>
    <message>
        <source>the PDF is encrypted</source>
        <translation>PDF 文件已加密</translation>
    </message>
    <message>
        <source>no text layer; scanned PDFs need OCR</source>
        <translation>没有文字层；扫描版 PDF 需要先进行 OCR 识别</translation>
    </message>
    <message>
        <source>not a valid DOCX file (not a zip archive)</source>
        <translation>不是有效的 DOCX 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the DOCX file is damaged (no readable document part)</source>
        <translation>DOCX 文件已损坏（没有可读取的正文部分）</translation>
    </message>
    <message>
        <source>the DOCX file expands to more than the import limit</source>
        <translation>DOCX 文件解压后超过导入大小上限</translation>
    </message>
    <message>
        <source>the library database cannot be opened</source>
        <translation>无法打开文库数据库</translation>
    </message>
    <message>
        <source>the library database reported an error</source>
        <translation>文库数据库报告错误</translation>
    </message>
    <message>
        <source>the library was written by a newer version of Parallax</source>
        <translation>该文库由更新版本的 Parallax 创建</translation>
    </message>
    <message>
        <source>no such document in the library</source>
        <translation>文库中没有此文档</translation>
    </message>
    <message>
        <source>already in the library (same content)</source>
        <translation>已在文库中（内容相同）</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>reading the document took longer than the time limit per document</source>
        <translation>读取该文档的时间超过了单个文档的时间上限</translation>
    </message>
</context>
<context>
    <name>Parallax::IndicatorGroups</name>
    <message>
        <source>Growth and output</source>
        <translation>经济增长与产出</translation>
    </message>
    <message>
        <source>Investment, consumption and trade</source>
        <translation>投资、消费与外贸</translation>
    </message>
    <message>
        <source>Revenue and prices</source>
        <translation>财政收入与物价</translation>
    </message>
    <message>
        <source>Income and employment</source>
        <translation>收入与就业</translation>
    </message>
    <message>
        <source>Agriculture and grain</source>
        <translation>农业与粮食</translation>
    </message>
    <message>
        <source>Innovation and urbanisation</source>
        <translation>创新与城镇化</translation>
    </message>
    <message>
        <source>Environment and energy</source>
        <translation>生态环境与能源</translation>
    </message>
    <message>
        <source>Education, health and welfare</source>
        <translation>教育、卫生与社会保障</translation>
    </message>
    <message>
        <source>Other indicators</source>
        <translation>其他指标</translation>
    </message>
</context>
<context>
    <name>Parallax::ObservationEditCommand</name>
    <message>
        <source>Correct %1</source>
        <translation>更正%1</translation>
    </message>
</context>
<context>
    <name>Parallax::ObservationText</name>
    <message>
        <source>growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>level</source>
        <translation>总量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>about</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>以内</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确数</translation>
    </message>
    <message>
        <source>in words</source>
        <translation>定性表述</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>调高</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>调低</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>删去</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>措辞变化</translation>
    </message>
    <message>
        <source>tightened</source>
        <translation>收紧</translation>
    </message>
    <message>
        <source>loosened</source>
        <translation>放宽</translation>
    </message>
    <message>
        <source>qualifier changed</source>
        <translation>限定词变化</translation>
    </message>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>无法判断</translation>
    </message>
</context>
<context>
    <name>Parallax::TargetsExport</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>%1: margin</source>
        <translation>%1：差额</translation>
    </message>
    <message>
        <source>%1: value</source>
        <translation>%1：数值</translation>
    </message>
    <message>
        <source>%1: up to</source>
        <translation>%1：上限</translation>
    </message>
    <message>
        <source>%1: unit</source>
        <translation>%1：单位</translation>
    </message>
    <message>
        <source>%1: qualifier</source>
        <translation>%1：限定词</translation>
    </message>
    <message>
        <source>%1: change</source>
        <translation>%1：变化</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Edited by user</source>
        <translation>用户修改</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>原文摘录</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>PrintText</name>
    <message>
        <source>%1 / %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>(highlight)</source>
        <translation>（高亮）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Not found in the current text:</source>
        <translation>在当前正文中未找到：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare Chinese government work reports and five-year plans.</source>
        <translation>比较中国各级政府工作报告和五年规划纲要。</translation>
    </message>
    <message>
        <source>Open the library file &lt;path&gt;.</source>
        <translation>打开文库文件 &lt;路径&gt;。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open the bundled sample library.</source>
        <translation>打开内置的示例文库。</translation>
    </message>
    <message>
        <source>User interface language: en, zh_CN, or empty for the system language.</source>
        <translation>界面语言：en、zh_CN，留空则跟随系统语言。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and the library loaded (for tests).</source>
        <translation>窗口显示且文库加载完成后立即退出（用于测试）。</translation>
    </message>
</context>
<context>
    <name>parallax</name>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>align needs at least two documents</source>
        <translation>align 至少需要两份文件</translation>
    </message>
    <message>
        <source>no alignment row %1 (the alignment has %2 rows)</source>
        <translation>没有第 %1 行对齐结果（共 %2 行）</translation>
    </message>
    <message>
        <source>alignment row %1 has a section in only one document</source>
        <translation>对齐结果第 %1 行只有一份文件有对应章节</translation>
    </message>
    <message>
        <source>%1 changes, %2 changed figures, %3 moved passages</source>
        <translation>%1 处改动，%2 处数字变化，%3 处移动的段落</translation>
    </message>
    <message>
        <source>Parts of these texts differ too much for an exact word diff; %1 regions are shown as deleted and inserted as a whole.</source>
        <translation>这些文本部分差异过大，无法精确逐词比较；有 %1 处整体显示为删除和插入。</translation>
    </message>
    <message>
        <source>Comparison: %1 / %2</source>
        <translation>对照：%1 / %2</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>changed figure</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: only the first %2 sections were aligned; %n more were left out (alignment limit)</source>
        <translation>
            <numerusform>%1：只对齐了前 %2 个章节，另有 %n 个超出对齐上限，未参与对齐</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::AboutDialog</name>
    <message>
        <source>About Parallax</source>
        <translation>关于 Parallax</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Parallax %1&lt;/h2&gt;&lt;p&gt;Compare Chinese government work reports and five-year plans: structure, wording, targets and indicators, side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Parallax %1&lt;/h2&gt;&lt;p&gt;并排比较中国各级政府工作报告和五年规划纲要：结构、措辞、目标与指标。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文库：%1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
</context>
<context>
    <name>parallax::AlignmentMatrixModel</name>
    <message>
        <source>No matching section in this document</source>
        <translation>这份文件中没有对应的章节</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Similarity: %1</source>
        <translation>相似度：%1</translation>
    </message>
    <message>
        <source>Aligned by you</source>
        <translation>由您手动对齐</translation>
    </message>
    <message>
        <source>Row %1 · similarity %2</source>
        <translation>第 %1 行 · 相似度 %2</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationController</name>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the last colour used</source>
        <translation>用上次使用的颜色高亮选中的文字</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selected text</source>
        <translation>为选中的文字添加备注</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条批注导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-attached %n annotation(s) to the current text</source>
        <translation>
            <numerusform>已将 %n 条批注重新定位到当前正文</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>The document of this note was deleted; it is kept here until the document is imported again.</source>
        <translation>此备注所属的文档已被删除；备注将保留在这里，直到再次导入该文档。</translation>
    </message>
    <message>
        <source>This passage was not found in the document&apos;s current text.</source>
        <translation>在文档的当前正文中未找到这段文字。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n annotation(s)…</source>
        <translation>
            <numerusform>正在导出 %n 条批注…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Filter quotes, notes and tags</source>
        <translation>按原文、备注和标签筛选</translation>
    </message>
    <message>
        <source>Show annotations with this tag</source>
        <translation>显示带有此标签的批注</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Show annotations of this colour</source>
        <translation>显示此颜色的批注</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>当前文档</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文档</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <source>Notes whose document was deleted from the library</source>
        <translation>所属文档已从文库中删除的备注</translation>
    </message>
    <message>
        <source>&amp;Show in Reader</source>
        <translation>在文档中显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>编辑备注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected annotations (can be undone)</source>
        <translation>删除选中的批注（可撤销）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the annotations shown to a CSV or Markdown file</source>
        <translation>将当前显示的批注导出为 CSV 或 Markdown 文件</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n annotation(s)</source>
        <translation>
            <numerusform>显示 %1 条，共 %n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n 条已归档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived (hidden)</source>
        <translation>
            <numerusform>%n 条已归档（已隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the current text</source>
        <translation>
            <numerusform>%n 条在当前正文中未找到</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV 表格文件 (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationExporter</name>
    <message>
        <source>The annotations could not be written to %1: %2</source>
        <translation>无法将批注写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationModel</name>
    <message>
        <source>Untitled document</source>
        <translation>无标题文档</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>⚠ Not found: %1</source>
        <translation>⚠ 未找到：%1</translation>
    </message>
    <message>
        <source>The document was deleted from the library; the note is kept (archived) and comes back when the document is imported again.</source>
        <translation>该文档已从文库中删除；备注仍会保留（已归档），再次导入该文档后即可恢复。</translation>
    </message>
    <message>
        <source>This passage was not found in the document&apos;s current text.</source>
        <translation>在文档的当前正文中未找到这段文字。</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationNoteDialog</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your note on this passage</source>
        <translation>您对这段文字的备注</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. 粮食, targets</source>
        <translation>以逗号分隔，如：粮食，目标</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The note is too long (%1 of at most %2 characters).</source>
        <translation>备注过长（%1 个字符，最多 %2 个字符）。</translation>
    </message>
</context>
<context>
    <name>parallax::ChartsWorkspace</name>
    <message>
        <source>Figures on bars</source>
        <translation>显示数值</translation>
    </message>
    <message>
        <source>Across regions</source>
        <translation>各地区对比</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>历年变化</translation>
    </message>
    <message>
        <source>Target and actual</source>
        <translation>目标与实际</translation>
    </message>
    <message>
        <source>Several indicators</source>
        <translation>多项指标</translation>
    </message>
    <message>
        <source>What the chart compares</source>
        <translation>图表比较的内容</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Any measure</source>
        <translation>任意口径</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>任意年份</translation>
    </message>
    <message>
        <source>The year to chart; &quot;Any year&quot; takes the most frequent</source>
        <translation>要绘制的年份；“任意年份”取出现最多的年份</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>PDF (Vector)…</source>
        <translation>PDF（矢量）…</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Copy the chart to paste into a report or a slide</source>
        <translation>复制图表，粘贴到报告或幻灯片中</translation>
    </message>
    <message>
        <source>Tick documents on the left, then choose an indicator.</source>
        <translation>在左侧勾选文档，然后选择指标。</translation>
    </message>
    <message numerus="yes">
        <source>Reading figures from %n document(s)…</source>
        <translation>
            <numerusform>正在读取 %n 份文档中的数字…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) charted</source>
        <translation>
            <numerusform>已绘制 %n 份文档</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Chart copied: paste it into a report or a slide</source>
        <translation>图表已复制：可粘贴到报告或幻灯片中</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>96 for screens, 150 for slides, 300 for print</source>
        <translation>屏幕用 96，幻灯片用 150，印刷用 300</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution (DPI):</source>
        <translation>分辨率 DPI(&amp;R)：</translation>
    </message>
    <message>
        <source>Text keeps its size in print: at 300 DPI a 2400 px wide image is 20 cm wide.</source>
        <translation>印刷时文字大小不变：300 DPI 下 2400 像素宽的图片宽 20 厘米。</translation>
    </message>
    <message>
        <source>A vector drawing: sharp at any size. Width and height set its proportions.</source>
        <translation>矢量图：任意缩放都清晰。宽度和高度决定其比例。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>parallax::CompareAnnotator</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>高亮颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>parallax::CompareDialog</name>
    <message>
        <source>Compare Documents</source>
        <translation>比较文件</translation>
    </message>
    <message>
        <source>Tick two or more documents. The first ticked document is the base.</source>
        <translation>勾选两份或更多文件。第一份勾选的文件作为基准。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
</context>
<context>
    <name>parallax::CompareWorkspace</name>
    <message>
        <source>Alignment matrix</source>
        <translation>对齐矩阵</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Compare documents&lt;/h3&gt;&lt;p&gt;Select two or more documents in the library and press &lt;b&gt;Ctrl+Shift+C&lt;/b&gt;, or choose them here.&lt;/p&gt;&lt;p&gt;Sections are aligned by content and topic; changed wording, changed figures and moved sentences are marked.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;比较文件&lt;/h3&gt;&lt;p&gt;在文库中选中两份或更多文件后按 &lt;b&gt;Ctrl+Shift+C&lt;/b&gt;，或在此处选择。&lt;/p&gt;&lt;p&gt;章节按内容和主题对齐；措辞改动、数字变化和移动的句子都会标出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose Documents…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Aligning…</source>
        <translation>正在对齐…</translation>
    </message>
    <message>
        <source>Alignment cancelled</source>
        <translation>已取消对齐</translation>
    </message>
    <message>
        <source>Pick the documents to compare</source>
        <translation>选择要比较的文件</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Recent comparisons</source>
        <translation>最近的比较</translation>
    </message>
    <message>
        <source>Depth:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>一级章节</translation>
    </message>
    <message>
        <source>Second level</source>
        <translation>二级章节</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Which sections are aligned</source>
        <translation>按哪一级对齐</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>The document the others are compared with</source>
        <translation>其他文件与之比较的文件</translation>
    </message>
    <message>
        <source>Ignore Punctuation Variants</source>
        <translation>忽略标点差异</translation>
    </message>
    <message>
        <source>Treat full-width and half-width punctuation as equal</source>
        <translation>将全角与半角标点视为相同</translation>
    </message>
    <message>
        <source>Figures Only</source>
        <translation>只看数字</translation>
    </message>
    <message>
        <source>Mark and list only changed figures</source>
        <translation>只标出并列出变化的数字</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一处</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7, Alt+Up)</source>
        <translation>上一处改动（Shift+F7、Alt+↑）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一处 ▶</translation>
    </message>
    <message>
        <source>Next change (F7, Alt+Down)</source>
        <translation>下一处改动（F7、Alt+↓）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Align the two selected sections with each other (select one cell in each of two columns)</source>
        <translation>将选中的两个章节对齐（在两列中各选一个单元格）</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Take the selected section out of its row</source>
        <translation>将选中的章节移出所在行</translation>
    </message>
    <message>
        <source>Reset Alignment</source>
        <translation>重置对齐</translation>
    </message>
    <message>
        <source>Forget your links and unlinks for these documents</source>
        <translation>清除您对这些文件所做的关联和取消关联</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>changes: %1</source>
        <translation>改动：%1</translation>
    </message>
    <message>
        <source>changed figures: %1</source>
        <translation>数字变化：%1</translation>
    </message>
    <message>
        <source>moved: %1</source>
        <translation>移动：%1</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>approximate in %1 places</source>
        <translation>%1 处为近似比较</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>No recent comparisons</source>
        <translation>没有最近的比较</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) beyond the alignment limit left out</source>
        <translation>
            <numerusform>%n 个章节超出对齐上限，未参与对齐</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::DiffChangeModel</name>
    <message>
        <source>Unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Changed figure</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比较对象</translation>
    </message>
</context>
<context>
    <name>parallax::DiffOverviewBar</name>
    <message>
        <source>Where the changes are — click to jump</source>
        <translation>改动分布——点击跳转</translation>
    </message>
    <message>
        <source>Change overview</source>
        <translation>改动概览</translation>
    </message>
</context>
<context>
    <name>parallax::DiffPane</name>
    <message>
        <source>Changed figure: %1 → %2</source>
        <translation>数字变化：%1 → %2</translation>
    </message>
    <message>
        <source>Moved from here — click to see where it went</source>
        <translation>从此处移出——点击查看移到了哪里</translation>
    </message>
    <message>
        <source>Moved here — click to see where it came from</source>
        <translation>移到此处——点击查看原来的位置</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>章节正文</translation>
    </message>
    <message>
        <source>base</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>No section of this document is aligned with this row.</source>
        <translation>这份文件没有与此行对齐的章节。</translation>
    </message>
</context>
<context>
    <name>parallax::DocumentPicker</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Use every document in the library</source>
        <translation>使用文库中的全部文档</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>Tick the documents to compare</source>
        <translation>勾选要比较的文档</translation>
    </message>
</context>
<context>
    <name>parallax::DocumentPropertiesDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Document Properties</source>
        <translation>文件属性</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>行政级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Year &amp;reported:</source>
        <translation>回顾年份(&amp;R)：</translation>
    </message>
    <message>
        <source>Year &amp;planned:</source>
        <translation>部署年份(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>parallax::EmptyLibraryWidget</name>
    <message>
        <source>Your library is empty</source>
        <translation>文库中还没有文档</translation>
    </message>
    <message>
        <source>Drag report files or folders here (text, HTML, PDF or Word), or import them from the File menu.</source>
        <translation>将报告文件或文件夹拖到这里（支持文本、HTML、PDF、Word），或通过“文件”菜单导入。</translation>
    </message>
    <message>
        <source>Import the sample reports</source>
        <translation>导入示例报告</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
</context>
<context>
    <name>parallax::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+回车）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个（回车）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryCommands</name>
    <message>
        <source>Edit Properties of “%1”</source>
        <translation>修改“%1”的属性</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryModel</name>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>地区：%1（%2）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Year reviewed: %1</source>
        <translation>回顾年度：%1</translation>
    </message>
    <message>
        <source>Year planned: %1</source>
        <translation>规划年度：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>来源文件：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>地区未知</translation>
    </message>
    <message>
        <source>Unknown year</source>
        <translation>年份未知</translation>
    </message>
</context>
<context>
    <name>parallax::LibraryView</name>
    <message>
        <source>Filter by title, region or year</source>
        <translation>按标题、地区或年份筛选</translation>
    </message>
    <message>
        <source>Library filter</source>
        <translation>文库筛选</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Search full text, press Enter</source>
        <translation>全文检索，按回车键搜索</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>全文检索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <source>Type a word or phrase and press Enter.</source>
        <translation>请输入字词或短语，然后按回车键。</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Matches for “%1”: %n</source>
        <translation>
            <numerusform>“%1”共有 %n 处匹配：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import reports from text, HTML, PDF or Word files</source>
        <translation>从文本、HTML、PDF 或 Word 文件导入报告</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every report in a folder and its subfolders</source>
        <translation>导入文件夹及其子文件夹中的所有报告</translation>
    </message>
    <message>
        <source>Open &amp;Sample Library</source>
        <translation>打开示例文库(&amp;S)</translation>
    </message>
    <message>
        <source>Open a separate library with five sample reports</source>
        <translation>打开包含五份示例报告的独立文库</translation>
    </message>
    <message>
        <source>Open &amp;My Library</source>
        <translation>打开我的文库(&amp;M)</translation>
    </message>
    <message>
        <source>Return to your own library</source>
        <translation>返回您自己的文库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in Document…</source>
        <translation>在文档中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Find in &amp;Library</source>
        <translation>在文库中查找(&amp;L)</translation>
    </message>
    <message>
        <source>Filter the library by title, region or year</source>
        <translation>按标题、地区或年份筛选文库</translation>
    </message>
    <message>
        <source>&amp;Search Full Text</source>
        <translation>全文检索(&amp;S)</translation>
    </message>
    <message>
        <source>Search the text of every document in the library</source>
        <translation>检索文库中所有文档的正文</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>关于 Parallax(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation>处理完当前文件后停止导入</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <source>Parallax — Sample Library</source>
        <translation>Parallax — 示例文库</translation>
    </message>
    <message>
        <source>Open a library before importing.</source>
        <translation>请先打开文库，再导入文件。</translation>
    </message>
    <message>
        <source>The sample reports could not be copied.</source>
        <translation>无法复制示例报告。</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Reports (*.txt *.text *.htm *.html *.shtml *.xhtml *.pdf *.docx)</source>
        <translation>报告 (*.txt *.text *.htm *.html *.shtml *.xhtml *.pdf *.docx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>正在查找文档…</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>已导入 %1/%2：%3</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2 duplicates, %3 failed</source>
        <translation>已导入 %1 个，跳过重复 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>导入已取消。%1</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start Parallax.</source>
        <translation>新的界面语言将在下次启动 Parallax 时生效。</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %n</source>
        <translation>
            <numerusform>共 %n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to import: %n</source>
        <translation>
            <numerusform>待导入文件：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown here: %n more (see Details)</source>
        <translation>
            <numerusform>另有 %n 个未列出（请查看详细信息）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be imported: %n</source>
        <translation>
            <numerusform>以下 %n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>文件属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the title, region, level, years and kind of the selected document</source>
        <translation>修改选中文件的标题、地区、级别、年份和类型</translation>
    </message>
    <message>
        <source>&amp;Delete from Library</source>
        <translation>从文库中删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected documents from the library (can be undone)</source>
        <translation>从文库中移除选中的文件（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Documents</source>
        <translation>比较选中的文件(&amp;C)</translation>
    </message>
    <message>
        <source>Align and compare the documents selected in the library</source>
        <translation>对齐并比较文库中选中的文件</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hoose Documents to Compare…</source>
        <translation>选择要比较的文件(&amp;H)…</translation>
    </message>
    <message>
        <source>Pick two or more documents of the library to compare</source>
        <translation>从文库中选择两份或更多文件进行比较</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>删除 %n 份文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 份文件。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the open document with its highlights and notes</source>
        <translation>预览并打印当前文档，含高亮和备注</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the open document with its highlights and notes to a PDF file</source>
        <translation>将当前文档连同高亮和备注导出为 PDF 文件</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出对比报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a report of the comparison — alignment, diffs, targets, charts and notes — as PDF or HTML</source>
        <translation>将本次比较写成报告（对齐、改动、目标、图表和备注），格式为 PDF 或 HTML</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>已写入 %1（共 %2 页）</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Report…</source>
        <translation>打印预览对比报告(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview and print the comparison report</source>
        <translation>预览并打印对比报告</translation>
    </message>
</context>
<context>
    <name>parallax::ObservationDialog</name>
    <message>
        <source>Add Figure</source>
        <translation>添加数字</translation>
    </message>
    <message>
        <source>Correct Figure</source>
        <translation>更正数字</translation>
    </message>
    <message>
        <source>e.g. 6.5; empty for a target in words</source>
        <translation>如 6.5；定性目标留空</translation>
    </message>
    <message>
        <source>upper end of a range</source>
        <translation>区间上限</translation>
    </message>
    <message>
        <source>The sentence the figure comes from</source>
        <translation>数字所在的原句</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>口径(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>Up &amp;to:</source>
        <translation>上限(&amp;T)：</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>限定词(&amp;Q)：</translation>
    </message>
    <message>
        <source>Q&amp;uote:</source>
        <translation>原文(&amp;U)：</translation>
    </message>
    <message>
        <source>Your correction is saved in the library and marked as edited by you.</source>
        <translation>您的更正保存在文库中，并标记为用户修改。</translation>
    </message>
</context>
<context>
    <name>parallax::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>parallax::PrintController</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation>导出对比报告</translation>
    </message>
    <message>
        <source>Comparison %1</source>
        <translation>对比报告 %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>PDF 文档 (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Preparing the comparison report…</source>
        <translation>正在生成对比报告…</translation>
    </message>
    <message>
        <source>Print Preview — Comparison Report</source>
        <translation>打印预览 — 对比报告</translation>
    </message>
    <message>
        <source>Comparison report</source>
        <translation>对比报告</translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message>
        <source>Select a document in the library to read it here.</source>
        <translation>在左侧文库中选择一个文档，即可在此阅读。</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>文档正文</translation>
    </message>
    <message>
        <source>No document open</source>
        <translation>未打开文档</translation>
    </message>
    <message>
        <source>Untitled document</source>
        <translation>无标题文档</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) here</source>
        <translation>
            <numerusform>此处另有 %n 条备注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::SearchResultModel</name>
    <message>
        <source>(untitled section)</source>
        <translation>（无标题章节）</translation>
    </message>
</context>
<context>
    <name>parallax::SectionTreeModel</name>
    <message>
        <source>Role: %1</source>
        <translation>作用：%1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Numbering recovered from the sibling headings</source>
        <translation>序号已根据同级标题推断补全</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>parallax::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Applies on restart.</source>
        <translation>重新启动后生效。</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default &amp;font size:</source>
        <translation>默认字号(&amp;F)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused with a message.</source>
        <translation>更大的文件将被拒绝并给出提示。</translation>
    </message>
    <message>
        <source>Deeper headings stay in their parent section&apos;s text.</source>
        <translation>更深层级的标题保留在上级章节的正文中。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A document that takes longer is skipped with a message; the others still import.</source>
        <translation>超时的文档将被跳过并给出提示，其他文档照常导入。</translation>
    </message>
    <message>
        <source>Import limits</source>
        <translation>导入限制</translation>
    </message>
    <message>
        <source>Lar&amp;gest file:</source>
        <translation>最大文件(&amp;G)：</translation>
    </message>
    <message>
        <source>Deepest &amp;heading level:</source>
        <translation>最深标题层级(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Time limit per document:</source>
        <translation>单个文档时间上限(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>parallax::TargetsModel</name>
    <message>
        <source>Corrected by you</source>
        <translation>已由您更正</translation>
    </message>
    <message>
        <source>Compared with the column to the left: %1</source>
        <translation>与左列相比：%1</translation>
    </message>
    <message>
        <source>Qualifier: %1</source>
        <translation>限定词：%1</translation>
    </message>
    <message>
        <source>Double-click to read it in the document</source>
        <translation>双击在文档中查看原文</translation>
    </message>
    <message>
        <source>Target %1, actual %2</source>
        <translation>目标 %1，实际 %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>%1 %2
attainment</source>
        <translation>%1 %2
完成情况</translation>
    </message>
    <message>
        <source>Target of %1 against the actual reported for %1</source>
        <translation>%1年目标与%1年实际完成情况对比</translation>
    </message>
</context>
<context>
    <name>parallax::TargetsWorkspace</name>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Show each document&apos;s targets for its planned year, or its actuals for the year reviewed</source>
        <translation>显示各文档计划年度的目标，或回顾年度的实际完成数</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>全部口径</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Choose which indicators are rows</source>
        <translation>选择作为行显示的指标</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the selected figure (saved in the library, undoable)</source>
        <translation>更正所选数字（保存在文库中，可撤销）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a figure the extraction missed</source>
        <translation>添加提取时遗漏的数字</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into Excel or WPS</source>
        <translation>按当前显示复制表格，可粘贴到 Excel 或 WPS</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel Workbook (.xlsx)…</source>
        <translation>Excel 工作簿（.xlsx）…</translation>
    </message>
    <message>
        <source>CSV (.csv)…</source>
        <translation>CSV（.csv）…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Read in Document</source>
        <translation>在文档中阅读</translation>
    </message>
    <message>
        <source>Correct Figure…</source>
        <translation>更正数字…</translation>
    </message>
    <message>
        <source>▲ raised  ▼ lowered  ＋ added  ✕ dropped  ≈ reworded  ✎ corrected by you — compared with the column to the left (same region)</source>
        <translation>▲ 调高  ▼ 调低  ＋ 新增  ✕ 删去  ≈ 措辞变化  ✎ 已由您更正 —— 与左侧一列（同一地区）相比</translation>
    </message>
    <message>
        <source>Tick documents on the left to compare their targets.</source>
        <translation>在左侧勾选文档以比较其目标。</translation>
    </message>
    <message numerus="yes">
        <source>Reading figures from %n document(s)…</source>
        <translation>
            <numerusform>正在读取 %n 份文档中的数字…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), </source>
        <translation>
            <numerusform>%n 份文档，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator row(s)</source>
        <translation>
            <numerusform>%n 行指标</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the correction: %1</source>
        <translation>无法保存更正：%1</translation>
    </message>
    <message>
        <source>Choose a figure in a document column to correct it.</source>
        <translation>请在文档列中选择要更正的数字。</translation>
    </message>
    <message>
        <source>Choose a cell in the document column to add a figure to.</source>
        <translation>请在文档列中选择要添加数字的单元格。</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s): paste into Excel or WPS</source>
        <translation>
            <numerusform>已复制 %n 行：可粘贴到 Excel 或 WPS</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Targets to Excel</source>
        <translation>导出目标表到 Excel</translation>
    </message>
    <message>
        <source>Export Targets to CSV</source>
        <translation>导出目标表为 CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标表</translation>
    </message>
</context>
</TS>
