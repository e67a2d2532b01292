# ASan + UBSan for every target when CREDOPASS_SANITIZE is on. Any report aborts
# the process (-fno-sanitize-recover=all), so a sanitizer finding fails its test.
if(CREDOPASS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

# ThreadSanitizer, for the threaded parts (queues, decoder, door worker, sync).
# Cannot be combined with ASan.
if(CREDOPASS_SANITIZE_THREAD)
  if(CREDOPASS_SANITIZE)
    message(FATAL_ERROR "CREDOPASS_SANITIZE_THREAD and CREDOPASS_SANITIZE are exclusive")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=thread)
endif()
