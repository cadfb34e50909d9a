package org.ar4j.examples.conduit.api;

import org.ar4j.examples.conduit.auth.CurrentUser;
import org.ar4j.examples.conduit.service.UserService;
import org.ar4j.examples.conduit.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, login and the current user. */
@RestController
@RequestMapping("/api")
public class Users {
    private final CurrentUser me;
    private final UserService users;

    public Users(CurrentUser me, UserService users) {
        this.me = me;
        this.users = users;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public Json.UserResponse register(@RequestBody Json.NewUserRequest request) {
        return new Json.UserResponse(users.register(request.user()));
    }

    @PostMapping("/users/login")
    public Json.UserResponse login(@RequestBody Json.LoginRequest request) {
        return new Json.UserResponse(users.login(request.user()));
    }

    @GetMapping("/user")
    public Json.UserResponse current() {
        return new Json.UserResponse(users.current(me.required()));
    }

    @PutMapping("/user")
    public Json.UserResponse update(@RequestBody Json.UserUpdateRequest request) {
        return new Json.UserResponse(users.update(me.required(), request.user()));
    }
}
