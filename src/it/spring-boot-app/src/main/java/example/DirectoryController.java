package example;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DirectoryController {

    private final UserDirectory directory;

    DirectoryController(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/users/{id}/last-login")
    Map<String, String> lastLogin(@PathVariable("id") String id) {
        var at = directory.lastLogin(id);
        return Map.of(
                "user_id",
                id,
                "last_login",
                at == null ? "never" : at.toInstant().toString());
    }
}
