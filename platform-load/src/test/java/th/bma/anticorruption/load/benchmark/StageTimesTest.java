package th.bma.anticorruption.load.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import th.bma.anticorruption.contracts.Topics;
import th.bma.anticorruption.load.benchmark.StageTimes.Stage;

class StageTimesTest {

    @Test
    void eachStageRunsFromOneRecordToTheNextOfTheSameComplaint() {
        StageTimes times = new StageTimes();
        // Intake's record is read before the load loop learns the complaint was accepted.
        times.record("C1", Topics.COMPLAINTS_RECEIVED, 1_120);
        times.sent("C1", 1_000);
        times.record("C1", Topics.COMPLAINTS_ROUTED, 1_170);
        times.record("C1", Topics.CASES_STATUS_CHANGED, 1_470);
        times.record("C1", Topics.STATISTICS_MONTHLY, 2_470);

        Map<Stage, Histogram> stages = times.stages();

        assertThat(stages.get(Stage.INTAKE).getMaxValue()).isEqualTo(120);
        assertThat(stages.get(Stage.ROUTING).getMaxValue()).isEqualTo(50);
        assertThat(stages.get(Stage.CASE).getMaxValue()).isEqualTo(300);
        assertThat(stages.get(Stage.STATISTICS).getMaxValue()).isEqualTo(1_000);
    }

    @Test
    void onlyMeasuredComplaintsCountAndAStageNeedsBothEnds() {
        StageTimes times = new StageTimes();
        times.record("WARM-UP", Topics.COMPLAINTS_RECEIVED, 10);
        times.record("WARM-UP", Topics.COMPLAINTS_ROUTED, 9_000);
        times.sent("C2", 2_000);
        times.record("C2", Topics.COMPLAINTS_RECEIVED, 2_100);
        times.record("C2", Topics.COMPLAINTS_ROUTED, 2_180);
        // a redelivered record does not move the first one's time
        assertThat(times.record("C2", Topics.COMPLAINTS_ROUTED, 5_000)).isFalse();
        assertThat(times.at("C2", Topics.COMPLAINTS_ROUTED)).isEqualTo(2_180L);
        assertThat(times.at("C2", Topics.CASES_STATUS_CHANGED)).isNull();
        assertThat(times.at("UNSEEN", Topics.COMPLAINTS_RECEIVED)).isNull();

        Map<Stage, Histogram> stages = times.stages();

        assertThat(stages.get(Stage.ROUTING).getTotalCount()).isEqualTo(1);
        assertThat(stages.get(Stage.ROUTING).getMaxValue()).isEqualTo(80);
        assertThat(stages.get(Stage.CASE).getTotalCount()).isZero();
        assertThat(stages.get(Stage.STATISTICS).getTotalCount()).isZero();
    }
}
