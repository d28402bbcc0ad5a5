package dev.fenghuang.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fenghuang.model.forum.Floor;
import dev.fenghuang.model.forum.PostBlock;
import dev.fenghuang.model.forum.ThreadPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeigherTest {

    @Test
    void aThreadPageWeighsWhatItsFloorsSayNotOneRecordsOverhead() {
        List<Floor> floors = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            floors.add(Floor.builder(i).blocks(List.of(new PostBlock.Paragraph(
                    List.of(PostBlock.Span.plain("渠县".repeat(500)))))).build());
        }
        ThreadPage page = ThreadPage.builder(1).subject("长帖").floors(floors).build();
        assertThat(Weigher.weigh(page)).isGreaterThan(20 * 1000 * 2);
    }
}
