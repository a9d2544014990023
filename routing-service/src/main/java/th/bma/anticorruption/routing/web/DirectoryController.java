package th.bma.anticorruption.routing.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import th.bma.anticorruption.routing.directory.Directory;
import th.bma.anticorruption.routing.directory.DirectoryUnit;
import th.bma.anticorruption.support.web.NotFoundException;

/** The unit directory: every body complaints can be routed to, with stable codes and Thai and English names. */
@RestController
@RequestMapping("/api/routing/directory")
@Tag(name = "Directory", description = "District offices and their sections, district groups, bureaus, working groups, NACC, PACC, the ก.ก. office and the centre")
public class DirectoryController {

    private final Directory directory;

    public DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Every body of the directory (any authenticated caller)")
    public List<DirectoryUnit> all() {
        return directory.all();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One body by its code, e.g. DISTRICT-1007 or WG-3")
    public DirectoryUnit one(@PathVariable String code) {
        return directory.find(code).orElseThrow(() -> new NotFoundException("No directory entry " + code + "."));
    }
}
