package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.charts.ChartPlan;
import io.sitrep.charts.ChartStage;
import io.sitrep.charts.Charts;
import io.sitrep.render.pdf.PdfChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

    @TempDir
    Path dir;

    @Test
    void pagesSeeTheSameChartsFromThePlanAsFromTheDrawing() {
        Briefing briefing = Fixture.briefing(dir);
        ChartStage stage = new ChartStage();
        ChartPlan plan = stage.plan(briefing);
        Charts charts = stage.draw(plan);
        assertThat(charts.all()).isNotEmpty();
        assertThat(ChartFiles.views(plan)).isEqualTo(ChartFiles.views(charts));
    }

    @Test
    void aTableUnderAChartShowsItsLastRowsFormattedAndCountsThemAll() {
        var builder = io.sitrep.charts.DataTable.builder().date("date", "Date").number("value", "Reported");
        for (int i = 0; i < Caps.TABLE_ROWS + 50; i++) {
            builder.row(java.time.LocalDate.of(2020, 1, 1).plusDays(i), 1000 + i);
        }
        io.sitrep.charts.DataTable table = builder.build();
        var shown = ChartFiles.table(table);
        assertThat(shown.total()).isEqualTo(Caps.TABLE_ROWS + 50);
        assertThat(shown.rows()).hasSize(Caps.TABLE_ROWS)
                .isEqualTo(Caps.last(table.displayRows(), Caps.TABLE_ROWS));
        assertThat(shown.rows().get(Caps.TABLE_ROWS - 1)).containsExactly("29 May 2020", "1,149");
    }

    @Test
    void writesTheFourFilesOfEveryChart() throws Exception {
        Charts charts = new ChartStage().draw(Fixture.briefing(dir));
        List<String> written = new ArrayList<>();
        ChartFiles.write(charts, (path, bytes) -> written.add(path));
        assertThat(written).hasSize(4 * charts.all().size())
                .contains("charts/" + charts.all().get(0).id() + ".svg", "charts/" + charts.all().get(0).id() + ".png");
    }

    @Test
    void printsPlannedChartsAsDrawingsKeyedByTheirHash() {
        Briefing briefing = Fixture.briefing(dir);
        ChartStage stage = new ChartStage();
        ChartPlan plan = stage.plan(briefing);
        List<PdfChart> printed = ChartFiles.forPrint(plan);
        Charts charts = stage.draw(plan);
        assertThat(printed).isNotEmpty().hasSameSizeAs(charts.charts());
        for (int i = 0; i < printed.size(); i++) {
            PdfChart p = printed.get(i);
            assertThat(p.number()).isEqualTo(charts.charts().get(i).number());
            assertThat(p.caption()).isEqualTo(charts.charts().get(i).caption());
            assertThat(p.svg()).isNull();
            assertThat(p.png()).isNull();
            assertThat(p.drawing().key()).isEqualTo(charts.charts().get(i).hash());
            assertThat(p.drawing().width()).isEqualTo(charts.charts().get(i).width());
        }
    }
}
